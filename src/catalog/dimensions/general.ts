import type { Dimension } from '../../model/dimension.js';
import { member } from './define.js';

/** Dimensions that cut across families: the tier of an organisation, the level and recipient of an honour. */
export const generalDimensions: readonly Dimension[] = [
  {
    id: 'tier',
    name: '层级',
    nameEn: 'Administrative tier',
    description: 'The tier of a platform, office or organisation: 市级, 县级, 乡镇(街道), 村(社区).',
    indicators: ['publicLegalServices.*', 'judicialOffices.*', 'legalAdvisers.*', 'mediation.*', 'lawyers.*'],
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
    id: 'honourLevel',
    name: '表彰级别',
    nameEn: 'Level of an honour',
    description: 'Who awarded an honour: the state, a province, a prefecture or a county.',
    indicators: ['organisation.honouredUnits', 'organisation.honouredPeople'],
    members: [
      member('national', '国家级', 'National', ['全国', '国家级']),
      member('provincial', '省级', 'Provincial', ['全省', '省级']),
      member('prefectural', '市级', 'Prefecture level', ['全市', '市级']),
      member('county', '县级', 'County level', ['全县', '县级']),
    ],
  },
];
