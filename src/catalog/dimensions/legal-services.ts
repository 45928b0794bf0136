import type { Dimension } from '../../model/dimension.js';
import { member, OTHER } from './define.js';

/** Dimensions of legal aid (法律援助) and notarization (公证). */
export const legalServiceDimensions: readonly Dimension[] = [
  {
    id: 'legalAidCaseType',
    name: '法律援助案件类型',
    nameEn: 'Legal aid case type',
    description: 'Criminal, civil or administrative legal aid, and 法律帮助 given by duty lawyers.',
    indicators: ['legalAid.*'],
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
      OTHER,
    ],
  },
  {
    id: 'beneficiaryGroup',
    name: '受援人群体',
    nameEn: 'Beneficiary group',
    description: 'Special groups that legal aid and free notarization serve.',
    indicators: ['legalAid.*', 'notarization.*'],
    members: [
      member('migrantWorkers', '农民工', 'Migrant workers', ['农民工']),
      member('disabled', '残疾人', 'People with disabilities', ['残疾人']),
      member('elderly', '老年人', 'Elderly people', ['老年人']),
      member('minors', '未成年人', 'Minors', ['未成年人']),
      member('women', '妇女', 'Women', ['妇女']),
      member('militaryPersonnel', '军人军属', 'Military personnel and families', ['军人军属', '退役军人']),
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
