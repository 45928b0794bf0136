import type { Dimension } from '../../model/dimension.js';
import { AREAS } from '../areas.js';
import { member, OTHER } from './define.js';

/** Shorter words reports use for some areas when naming an honour's field (全国“八五”普法…表现突出单位). */
const AREA_WORDS: Readonly<Record<string, readonly string[]>> = {
  'law-popularisation': ['普法', '法治宣传教育'],
  'special-populations': ['社区矫正', '安置帮教'],
};

/** Dimensions that cut across families: the tier of an organisation, the level of a conferring body, themes. */
export const generalDimensions: readonly Dimension[] = [
  {
    id: 'tier',
    name: '层级',
    nameEn: 'Administrative tier',
    description: 'The tier of a platform, office or organisation: 市级, 县级, 乡镇(街道), 村(社区).',
    indicators: [
      'publicLegalServices.*',
      'judicialOffices.*',
      'legalAdvisers.*',
      'mediation.*',
      'lawyers.*',
      'legalAid.*',
    ],
    members: [
      member('provincial', '省级', 'Provincial', ['省级', '省']),
      member('prefectural', '市级', 'Prefecture level', ['市级', '市']),
      member('county', '县级', 'County level', ['县级', '区(县)级', '县(市、区)']),
      member('township', '乡镇(街道)', 'Township or sub-district', [
        '乡镇',
        '街道',
        '镇(街道)',
        '乡镇(办事处)',
      ]),
      member('village', '村(社区)', 'Village or community', ['村', '社区', '村(居)', '村(社区)']),
    ],
  },
  {
    id: 'workArea',
    name: '工作领域',
    nameEn: 'Field of work',
    description:
      'The field of work a figure belongs to when the indicator does not say it: an honour for 公共法律服务 or for 普法. Its members are the catalog’s areas.',
    indicators: [
      'organisation.honouredUnits',
      'organisation.honouredPeople',
      'organisation.informationAdopted',
    ],
    exhaustive: false,
    members: AREAS.map((a) => member(a.id, a.name, a.nameEn, AREA_WORDS[a.id])),
  },
  {
    id: 'bodyLevel',
    name: '授予(采用)机关级别',
    nameEn: 'Level of the conferring or adopting body',
    description:
      'The level of the body that conferred an honour or adopted a report’s information: the state, a province, a prefecture or a county.',
    indicators: [
      'organisation.honouredUnits',
      'organisation.honouredPeople',
      'organisation.informationAdopted',
    ],
    members: [
      member('national', '国家级', 'National', ['全国', '国家级', '中央']),
      member('provincial', '省级', 'Provincial', ['全省', '省级', '省委办', '省厅']),
      member('provincialOrAbove', '省级以上', 'Provincial or national', ['省级以上'], {
        parts: ['national', 'provincial'],
      }),
      member('prefectural', '市级', 'Prefecture level', ['全市', '市级']),
      member('county', '县级', 'County level', ['全县', '县级']),
    ],
  },
  {
    id: 'publicityTheme',
    name: '普法主题',
    nameEn: 'Legal publicity theme',
    description: 'What a legal publicity activity or material was about; themes overlap.',
    indicators: ['legalPublicity.*'],
    exhaustive: false,
    members: [
      member('constitution', '宪法', 'Constitution', ['宪法', '宪法宣传周']),
      member('civilCode', '民法典', 'Civil Code', ['民法典']),
      member('pandemic', '疫情防控', 'Epidemic prevention', ['疫情防控']),
      member('workResumption', '复工复产', 'Resumption of work', ['复工复产']),
      member('antiGang', '扫黑除恶', 'Gang crime', ['扫黑除恶']),
      member('telecomFraud', '防范电信诈骗', 'Telecom fraud', ['电信诈骗', '反电信网络诈骗']),
      member('illegalFundraising', '防范非法集资', 'Illegal fundraising', ['非法集资']),
      member('nationalSecurity', '国家安全', 'National security', ['国家安全', '全民国家安全教育日']),
      member('minorsProtection', '未成年人保护', 'Protection of minors', [
        '未成年人',
        '预防未成年人违法犯罪',
      ]),
      OTHER,
    ],
  },
];
