// Writes examples/data/: the 咸宁市 2024 mediation figures as analysts keep them — a CSV, the same saved as GBK by a
// Chinese Excel, a workbook (written by exceljs, a spreadsheet library: formats, a formula, a notes sheet) and a CSV
// with values as spreadsheets show them (for `fazhi fix`). test/cli/docs-examples.test.ts runs the documented
// commands on them.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const dir = fileURLToPath(new URL('../examples/data/', import.meta.url));
const header = ['jurisdiction', 'year', 'indicator', 'value', 'unit', 'source.report', 'source.quote'];
const rows: (string | number)[][] = [
  ['421200', 2024, 'mediation.cases', 45771, 'cases', 'xianning-2024', '全年共调解矛盾纠纷45771件'],
  ['421200', 2024, 'mediation.succeeded', 44180, 'cases', 'xianning-2024', '调解成功44180件'],
  ['421200', 2024, 'mediation.successRate', 96, 'percent', 'xianning-2024', '调解成功率96%'],
];
const csv = (table: (string | number)[][]) =>
  `${table.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replaceAll('"', '""')}"` : c)).join(',')).join('\n')}\n`;

writeFileSync(`${dir}xianning-2024.csv`, csv([header, ...rows]));
writeFileSync(`${dir}xianning-2024-gbk.csv`, iconv.encode(csv([header, ...rows]), 'gbk'));
const shown = rows.map((r, i) =>
  r.map((c, j) => (j !== 3 ? c : (['45,771', ' 44180 ', '96%'][i] as string))),
);
writeFileSync(`${dir}spreadsheet-values.csv`, csv([header, ...shown]));

const wb = new ExcelJS.Workbook();
// Fixed dates: the same workbook bytes on every run.
wb.created = new Date(Date.UTC(2025, 0, 1));
wb.modified = wb.created;
wb.addWorksheet('说明').addRow(['咸宁市 2024 年人民调解数据（来源：咸宁市2024年法治政府建设年度报告）']);
const ws = wb.addWorksheet('数据');
ws.addRow(header);
ws.addRow(rows[0] as (string | number)[]);
ws.getCell('D2').numFmt = '#,##0';
ws.addRow([
  ...(rows[1] as (string | number)[]).slice(0, 3),
  { formula: 'D2-1591', result: 44180 },
  'cases',
  'xianning-2024',
  '调解成功44180件',
]);
ws.addRow([
  ...(rows[2] as (string | number)[]).slice(0, 3),
  0.96,
  'percent',
  'xianning-2024',
  '调解成功率96%',
]);
ws.getCell('D4').numFmt = '0%';
await wb.xlsx.writeFile(`${dir}xianning-2024.xlsx`);
process.stdout.write(`wrote ${dir}\n`);
