import type { Dimension } from '../../model/dimension.js';
import { member, OTHER } from './define.js';

/** Dimensions of legal aid (法律援助) and notarization (公证). */
export const legalServiceDimensions: readonly Dimension[] = [
  {
    id: 'caseType',
    name: '案件性质',
    nameEn: 'Case type',
    description:
      'Criminal, civil or administrative cases of legal aid, lawyers and forensic appraisal; for legal aid also 法律帮助 given by duty lawyers, legal aid proper as opposed to it, and the criminal-defence full-coverage pilot. Members of different kinds may overlap (a pilot case is criminal), so a breakdown mixing them is judged complete only when the report says so (breakdownComplete).',
    indicators: ['legalAid.*', 'lawyers.*', 'forensicAppraisal.*'],
    members: [
      member('criminal', '刑事', 'Criminal', ['刑事案件', '刑事法律援助']),
      member('civil', '民事', 'Civil', ['民事案件', '民事法律援助']),
      member('administrative', '行政', 'Administrative', ['行政案件', '行政法律援助']),
      member(
        'civilOrAdministrative',
        '民事(行政)',
        'Civil or administrative',
        ['民事(行政)案件', '民事、行政'],
        {
          parts: ['civil', 'administrative'],
        },
      ),
      member('legalHelp', '法律帮助', 'Legal help (duty lawyers)', [
        '值班律师法律帮助',
        '认罪认罚法律帮助',
        '法律帮助案件',
      ]),
      member('nonLitigation', '非诉讼', 'Non-litigation (arbitration, mediation)', [
        '非诉讼事务',
        '劳动仲裁',
        '仲裁',
      ]),
      member('stateCompensation', '国家赔偿', 'State compensation'),
      member(
        'legalAid',
        '法律援助案件',
        'Legal aid proper (not legal help)',
        ['法律援助案件', '普通法律援助案件'],
        {
          description:
            'Legal aid cases as opposed to 法律帮助 and to the criminal-defence full-coverage pilot.',
        },
      ),
      member('criminalDefenceCoverage', '刑事案件律师辩护全覆盖', 'Criminal-defence full-coverage pilot', [
        '刑事全覆盖试点案件',
        '刑事案件律师辩护全覆盖试点',
        '刑事辩护全覆盖',
      ]),
      OTHER,
    ],
  },
  {
    id: 'consultationChannel',
    name: '咨询渠道',
    nameEn: 'Consultation channel',
    description: 'How a legal consultation reached the service: hotline, visit, online or letter.',
    indicators: [
      'legalAid.consultations',
      'publicLegalServices.consultations',
      'publicLegalServices.satisfactionRate',
    ],
    members: [
      member('hotline', '热线(来电)', 'Hotline', ['12348热线', '来电', '热线', '12348公共法律服务平台']),
      member('visit', '窗口(来访)', 'Visit in person', ['来访', '窗口接待', '窗口']),
      member('online', '网络', 'Online', ['网络', '在线', '网上']),
      member('letter', '来信', 'Letter', ['来信', '信函']),
      OTHER,
    ],
  },
  {
    id: 'beneficiaryGroup',
    name: '受援人群体',
    nameEn: 'Beneficiary group',
    description:
      'Special groups that legal aid and free notarization serve. The groups overlap (an elderly disabled woman), so giving every member does not complete a breakdown.',
    indicators: ['legalAid.*', 'notarization.*', 'forensicAppraisal.*'],
    exhaustive: false,
    members: [
      member('migrantWorkers', '农民工', 'Migrant workers', ['农民工']),
      member('disabled', '残疾人', 'People with disabilities', ['残疾人']),
      member('elderly', '老年人', 'Elderly people', ['老年人']),
      member('minors', '未成年人', 'Minors', ['未成年人']),
      member('women', '妇女', 'Women', ['妇女']),
      member('militaryPersonnel', '军人军属', 'Military personnel and families', ['军人军属', '退役军人']),
      member(
        'specialGroups',
        '特殊群体',
        'Special groups taken together',
        ['特殊群体', '特殊困难群体', '特殊困难群众'],
        {
          description:
            'The special groups counted as one (usually the elderly, the disabled, minors, women, migrant workers and military families); it overlaps every named group.',
        },
      ),
      member('poor', '困难群众', 'People in financial difficulty', [
        '困难群众',
        '低保',
        '贫困户',
        '经济困难',
      ]),
      OTHER,
    ],
  },
  {
    id: 'notarizationType',
    name: '公证类型',
    nameEn: 'Notarization type',
    description: 'Domestic, foreign-related and Hong Kong, Macao or Taiwan-related notarizations.',
    indicators: ['notarization.cases', 'notarization.feeWaivedCases', 'notarization.erroneous'],
    members: [
      member('domestic', '国内', 'Domestic', ['国内公证', '国内民事', '国内经济']),
      member('foreign', '涉外', 'Foreign-related', ['涉外公证']),
      member('hkMacaoTaiwan', '涉港澳台', 'Hong Kong, Macao or Taiwan-related', ['涉港澳台公证', '涉港澳']),
      member(
        'nonDomestic',
        '涉外及涉港澳台',
        'Foreign, Hong Kong, Macao or Taiwan-related',
        ['涉外涉港澳台'],
        {
          parts: ['foreign', 'hkMacaoTaiwan'],
        },
      ),
    ],
  },
];
