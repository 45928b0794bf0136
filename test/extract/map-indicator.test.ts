// Which indicator a figure is: general rules of how reports name what they count, each with small synthetic cases.
import { describe, expect, it } from 'vitest';
import { extractObservations } from '../../src/extract/extract.js';

const opts = { jurisdiction: '433126', year: 2024, report: 'r' } as const;
/** `indicator=value` of each observation, and `reason:text` of each unmatched figure other than dates. */
const read = (text: string) => {
  const r = extractObservations(text, opts);
  return {
    observations: r.dataset.observations.map((o) => `${o.indicator}=${o.value}`),
    unmatched: r.unmatched
      .filter((u) => !['year', 'date'].includes(u.reason))
      .map((u) => `${u.reason}:${u.text}`),
  };
};
const indicators = (text: string) => read(text).observations;

describe('mapping a figure to its indicator', () => {
  it('lets a field word inside a term decide the field only when the term is said in that field', () => {
    // 调解结案 is said of 复议 and 诉讼 cases; its 调解 is not the mediation field: the passage's field decides.
    expect(indicators('全年审结行政复议案件574件,其中调解结案89件。')).toEqual([
      'reconsideration.concluded=574',
      'reconsideration.mediated=89',
    ]);
    expect(indicators('全年审结行政诉讼案件61件,其中调解结案9件。')).toEqual([
      'litigation.concluded=61',
      'litigation.mediated=9',
    ]);
    // 被诉 is said of lawsuits: the 行政复议 before it is what the suits were about.
    expect(indicators('区政府被诉行政案件共计6件,其中因不服行政复议决定被诉的4件。')).toContain(
      'litigation.received=4',
    );
    // 收到行政复议申请: the term's own field still beats a sentence about another one.
    expect(indicators('人民调解工作扎实,全年收到行政复议申请48件。')).toEqual([
      'reconsideration.received=48',
    ]);
  });

  it('reads a modifier shared by two nouns (表现突出单位和个人) as naming both, the counted noun choosing', () => {
    expect(indicators('全县4个单位和6名个人荣获全省法治宣传教育表现突出单位和个人。')).toEqual([
      'organisation.honouredUnits=4',
      'organisation.honouredPeople=6',
    ]);
    expect(indicators('今年5个集体及7名个人被评为先进集体和个人。')).toEqual([
      'organisation.honouredUnits=5',
      'organisation.honouredPeople=7',
    ]);
  });

  it('reads a stock named after a verb that brings it into being as the ones established (设立…调委会2个)', () => {
    expect(
      indicators(
        '2020年,先后在县总工会、县妇联设立劳动争议人民调解委员会、婚姻家庭纠纷人民调解委员会2个行业性调委会。',
      ),
    ).toEqual(['mediation.committeesEstablished=2']);
    expect(indicators('今年新成立调解组织5个。')).toEqual(['mediation.committeesEstablished=5']);
    // 已成立 says what stands today: the stock.
    expect(indicators('全县已成立人民调解委员会150个。')).toEqual(['mediation.committees=150']);
    expect(indicators('全县共有人民调解委员会150个。')).toEqual(['mediation.committees=150']);
  });

  it('reads a counted noun chained before another that a verb picks (5家律所20名律师参与) as picked too', () => {
    const r = read('组织5家律所20名律师参与公益法律服务活动。全县共有律师事务所5家。');
    expect(r.observations).toEqual(['lawyers.lawFirms=5']);
    expect(r.unmatched).toEqual(['low_confidence:5家', 'low_confidence:20名']);
  });

  it('reads two stages said together (受理审结案件21件) as the cases handled, not the last stage', () => {
    expect(indicators('市仲裁委受理审结案件21件。')).toEqual(['arbitration.cases=21']);
    expect(indicators('市仲裁委受理案件30件,审结案件21件。')).toEqual([
      'arbitration.cases=30',
      'arbitration.concluded=21',
    ]);
  });

  it('reads the verb before a noun that only names what is counted (审结行政诉讼案件61件)', () => {
    expect(indicators('全年审结行政诉讼案件61件。')).toEqual(['litigation.concluded=61']);
    expect(indicators('全年新收行政诉讼案件61件。')).toEqual(['litigation.received=61']);
    // 办理 names no indicator of its own: the noun stays the indicator (cases handled).
    expect(indicators('全年办理行政诉讼案件61件。')).toEqual(['litigation.cases=61']);
    expect(indicators('全年受理行政复议申请61件。')).toEqual(['reconsideration.accepted=61']);
  });

  it('never gives a figure the counted noun of another figure of its clause', () => {
    // 作为先进单位 is the counted noun of the second 3 (3个乡镇作为先进单位), not of the first.
    const units = read('确定3个市直部门、3个乡镇作为先进单位。');
    expect(units.observations).toEqual(['ruleOfLaw.modelTownships=3']);
    expect(units.unmatched).toEqual(['no_indicator:3个']);
    // A term that starts inside the measure word of the figure before (16项指标) is that figure's, not the 7's.
    const tasks = read('对成员单位的16项指标7项工作任务进行调度。');
    expect(tasks.observations).toEqual(['business.environmentTasks=7']);
    expect(tasks.unmatched).toEqual(['no_indicator:16项']);
  });

  it('maps no figure counted in a length of time or terms of office (三年行动, 连续两届)', () => {
    const r = read('推进司法所规范化建设三年行动,连续3届获评法治县。');
    expect(r.observations).toEqual([]);
    expect(r.unmatched).toEqual(['no_indicator:三年', 'no_indicator:3届']);
  });

  it('skips the words of a name (“…”, 《…》) when it looks for the subject of a figure', () => {
    // The quoted items are examples of what is counted (pieces of news), their 调解 is no subject.
    const news = read('“智慧矫正”“行政复议与调解对接”等3篇信息被采用。');
    expect(news.observations).not.toContain('mediation.cases=3');
    expect(news.observations).not.toContain('reconsideration.mediated=3');
    // A term quoted whole is still the term.
    expect(indicators('培训“法律明白人”1200人。')).toEqual(['legalPublicity.legalUnderstanders=1200']);
  });

  it('reads the words reports use for what a count is (synonyms true in general)', () => {
    expect(indicators('全年成功调处矛盾纠纷5614宗。')).toEqual(['mediation.succeeded=5614']);
    expect(indicators('行政诉讼案件中,开庭审结94件。')).toEqual(['litigation.hearings=94']);
    expect(indicators('行政机关正职负责人出庭6件。')).toEqual(['litigation.topLeaderAppearances=6']);
    expect(indicators('法律顾问团为县政府重大决策提供法律意见256件。')).toEqual([
      'legalAdvisers.governmentOpinions=256',
    ]);
    expect(indicators('组织参与各类专项文件清理任务7次。')).toEqual([
      'normativeDocuments.cleanupCampaigns=7',
    ]);
  });

  it('does not read a stock from a counted noun that a verb picks some of (180名调解员参加了培训班)', () => {
    // Those who took part, were honoured or joined are a part of the stock: below the default confidence.
    for (const text of [
      '共有180多名人民调解员参加了培训班。',
      '全市共有26名人民调解员获得省级以上表彰。',
      '组织38名律师参与服务企业发展。',
    ]) {
      const r = read(text);
      expect(r.observations, text).toEqual([]);
      expect(r.unmatched, text).toHaveLength(1);
      expect(r.unmatched[0], text).toMatch(/^low_confidence:/);
    }
    // The noun as the object, or the subject of other words, is the stock (all of them do it).
    expect(indicators('聘任518名法治副校长。')).toEqual(['legalPublicity.schoolViceprincipals=518']);
    expect(indicators('督促全市518名法治副校长进校入班开展法治宣讲。')).toEqual([
      'legalPublicity.schoolViceprincipals=518',
    ]);
  });

  it('never gives a figure a later term that is the subject of a later figure (辅导1次、课堂学习8期)', () => {
    const r = read('开展团队游戏1次、课堂学习8期。');
    expect(r.observations).toEqual(['communityCorrection.classSessions=8']);
    expect(r.unmatched).toEqual(['no_indicator:1次']);
  });

  it('does not read a figure as a term that only modifies the noun it counts (办结归档的案卷228件)', () => {
    // 办结 says which files were drawn; the figure counts 案卷, not cases concluded.
    const r = read('法律援助中心随机抽取办结归档的案卷228件。');
    expect(r.observations).toEqual([]);
    expect(r.unmatched).toEqual(['low_confidence:228件']);
    // With only link words between, the term is the figure's (受理的9428件).
    expect(indicators('全年受理的法律援助案件共1123件。')).toEqual(['legalAid.cases=1123']);
  });

  it('reads duty lawyers (值班律师) as legal aid work', () => {
    expect(indicators('每周开展法律援助值班律师活动,今年以来共解答法律咨询200余次。')).toEqual([
      'legalAid.consultations=200',
    ]);
  });

  it('reads a change in per cent or points of any subject, whatever the subject’s unit', () => {
    const changes = (text: string) =>
      extractObservations(text, opts).dataset.observations.map(
        (o) => `${o.indicator} ${o.measure} ${o.value}`,
      );
    expect(changes('全市行政机关败诉率同比下降7.01个百分点。')).toEqual([
      'litigation.lossRate ppChange -7.01',
    ]);
    expect(changes('“三公”经费支出同比下降24.3%。')).toEqual([
      'organisation.threePublicExpenditure yoyPercent -24.3',
    ]);
    // A rate may change in per cent (纠错率同比下降19%), read as written; a difference keeps its unit.
    expect(changes('纠错率同比下降19%。')).toEqual(['reconsideration.correctionRate yoyPercent -19']);
  });

  it('takes no field from the words of an aside (结案(包括案前调解…))', () => {
    expect(indicators('全区受理行政复议案件59件,结案(包括案前调解)86件。受理案件同比下降38.5%。')).toContain(
      'reconsideration.accepted=-38.5',
    );
  });

  it('reads plain 案件 after a verb as the cases of the field its words are in', () => {
    expect(indicators('司法鉴定机构办理案件967件。')).toEqual(['forensicAppraisal.cases=967']);
    expect(indicators('法律援助方面,全年办结案件86件。')).toEqual(['legalAid.concluded=86']);
    // No field in sight: nothing to say whose cases they are.
    expect(read('全年办理案件967件。').observations).toEqual([]);
    // A noun between the verb and 案件 (新收一审行政案件) is for the catalog's terms, not this rule.
    expect(indicators('全市法院新收各类一审行政案件1120件。')).toEqual(['litigation.received=1120']);
  });

  it('reads N类M项 as the categories of what the second figure counts', () => {
    expect(indicators('督察组反馈6类31个问题。')).toEqual([
      'inspection.problemCategories=6',
      'inspection.problems=31',
    ]);
    expect(indicators('提出建议回收事项5类20项。')).toEqual([
      'lawEnforcement.delegatedCategoriesRecalled=5',
      'lawEnforcement.delegatedItemsRecalled=20',
    ]);
    // The problems rectified are some of the problems: the categories are the problems'.
    expect(indicators('法治督察反馈问题中,12大类40个问题已完成整改销号。')).toEqual([
      'inspection.problemCategories=12',
      'inspection.problemsRectified=40',
    ]);
    // Categories with no count of things after them, or of things the catalog counts no categories of: not read.
    expect(read('检查发现3类问题。').unmatched).toEqual(['no_indicator:3类']);
    const sessions = read('开展行政执法培训3类12场次。');
    expect(sessions.observations).toEqual(['lawEnforcement.trainingSessions=12']);
    expect(sessions.unmatched).toEqual(['conflict:3类']);
  });

  it('reads a term written around its figure: the verb before it, the noun after the measure word', () => {
    expect(indicators('年内检查了120份合同。')).toEqual(['legalityReview.contractsInspected=120']);
    expect(indicators('督察组反馈31个问题。')).toEqual(['inspection.problems=31']);
    // A noun that with the verb names nothing stays unread.
    expect(read('实地走访了50家企业。').observations).toEqual([]);
  });

  it('reads plain 活动 as the events of the field its words are in, unless a term names them', () => {
    expect(indicators('法律援助中心开展“送法进万家”系列活动16场次。')).toEqual(['legalAid.activities=16']);
    expect(indicators('全年开展旁听庭审活动20余场。')).toEqual(['litigation.trialsAttended=20']);
    // A field without events of its own in the catalog: nothing to say.
    expect(read('开展执法监督活动5次。').unmatched).toEqual(['no_indicator:5次']);
  });

  it('reads 援助 as legal aid once the field is plain', () => {
    expect(indicators('办理各类公证案件400件;办理援助案件120件。')).toEqual([
      'notarization.cases=400',
      'legalAid.cases=120',
    ]);
  });

  it('gives a figure to the doer named before it when the catalog counts that doer’s work apart', () => {
    expect(indicators('全县500名“法律明白人”开展法治宣传活动800场次。')).toEqual([
      'legalPublicity.legalUnderstanders=500',
      'legalPublicity.legalUnderstanderActivities=800',
    ]);
    expect(indicators('全县开展法治宣传活动800场次。')).toEqual(['legalPublicity.activities=800']);
    // A clause that opens with its verb goes on with its sentence's subject.
    expect(indicators('组织律师参与劳动争议调解,成功调解35件。')).toEqual(['mediation.lawyerMediated=35']);
    // 成功调解 is said of 复议 cases too: the passage tells which.
    expect(indicators('行政复议机关成功调解12件。')).toEqual(['reconsideration.mediated=12']);
  });

  it('reads a part’s word as the part, not as the total (公安机关提审 is of the police)', () => {
    expect(indicators('公安机关提审15次,纪委提审4次,远程视频提审20次。')).toEqual([
      'resettlement.remotePoliceInterrogations=15',
      'resettlement.remoteDisciplineInterrogations=4',
      'resettlement.remoteInterrogations=20',
    ]);
  });

  it('lets the subject of a sentence pass only while the sentence stays in its field', () => {
    const cells = (text: string) =>
      extractObservations(text, opts).dataset.observations.map(
        (o) => `${o.indicator} ${JSON.stringify(o.dimensions ?? {})}`,
      );
    expect(cells('特殊群体法律援助案件办结89件;办理各类公证案件4231件;办理援助案件1052件。')).toEqual([
      'legalAid.concluded {"beneficiaryGroup":"specialGroups"}',
      'notarization.cases {}',
      'legalAid.cases {}',
    ]);
  });

  it('reads the plain words of fees waived, parks and villages, the field telling whose fees', () => {
    expect(indicators('公证处为困难群众减免费用3万元。')).toEqual(['notarization.feesWaived=30000']);
    expect(indicators('司法鉴定机构共减免费用28.58万元。')).toEqual(['forensicAppraisal.feesWaived=285800']);
    // Legal aid waives no fees of its own in the catalog: both readings stay candidates.
    expect(read('法律援助中心为群众减免费用2万元。').unmatched).toEqual(['ambiguous:2万元']);
    // 法治公园 and 法治广场 are culture sites; 新建 makes them the ones built.
    expect(indicators('全县新建村法治公园3个,全县共有法治广场12个。')).toEqual([
      'legalPublicity.cultureSitesBuilt=3',
      'legalPublicity.cultureSites=12',
    ]);
    expect(indicators('全县共有149个行政村。')).toEqual(['legalAdvisers.villagesTotal=149']);
  });

  it('reads plain 案件 after 完成 as the cases handled', () => {
    expect(indicators('法律援助工作上半年已完成案件数300件。')).toEqual(['legalAid.cases=300']);
  });
});
