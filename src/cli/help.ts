import type { Locale } from './args.js';

/**
 * The `--help` text.
 *
 * @param locale - language
 * @returns the help text
 * @example
 * ```ts
 * helpText('en').startsWith('Usage') // true
 * ```
 */
export function helpText(locale: Locale): string {
  if (locale === 'zh') {
    return `用法：fazhi <命令> [选项]

命令：
  validate <文件、文件夹或 glob…>  校验数据集（.json、.ndjson/.jsonl、.csv/.tsv、.xlsx；文件夹递归查找；
                            - 读取标准输入）
  rates <文件或文件夹…>     列出数据可推算的全部比率：分子、分母、口径，公布值与计算值并列
  fix <文件或文件夹…>       把电子表格格式的数值（45,771、96.5%、 44180 、全角数字、2024/6/30）改写为规范写法，
                            其余字节不变（.xlsx 只列出要改的单元格）
  report <文件或文件夹…> -o report.html [--jurisdiction 代码]
                            生成独立的 HTML 报告：历年图表、构成、比率核对、校验发现、目标与完成、地区排名
  catalog                   列出指标目录
  schema                    输出数据集格式的 JSON Schema
  extract <报告> --jurisdiction <代码> --year <年度> [--format json|ndjson|csv|text] [--min-confidence <0–1>]
                            从报告文本（.txt、.html、有文字层的 .pdf）提取数据集草稿；每个数字或成为观测值，
                            或列入 notModelled 并说明原因（见 docs/extraction.md）

选项：
  -f, --format text|json|github  输出格式（默认 text；github 输出 Actions 注释）
  -l, --locale en|zh             消息语言（默认 en）
      --max-issues <n>           每个文件最多显示的问题数（text/github 默认 200，json 默认全部；0 为全部）
      --max-json-bytes <n>       一次读取的 JSON 文件上限（默认 256 MiB；更大的文件请用 NDJSON）
      --no-rule <规则>           关闭某条校验规则（可重复）：structure、references、values、duplicates、
                                 partsWholes、publishedRates、time、plausibility、grouping
      --ignore-code <代码>       不显示、不计数某个问题代码，规则本身照常运行（可重复）
      --max-warnings <n>         警告多于 n 个时退出状态为 1（与 ESLint 相同）
      --encoding <编码>          文本文件的编码：auto（默认：按 BOM 或内容判断）、utf8、utf16le、utf16be、gb18030（gbk）
      --sheet <名称>             读取 .xlsx 的哪张工作表（默认第一张）
      --stdin-format <格式>      标准输入（-）的格式：json、ndjson、csv、xlsx（默认按内容判断）
      --ignore <模式>            跳过与 gitignore 式模式匹配的文件或文件夹（可重复）
      --ignore-path <文件>       忽略规则文件（默认读取当前目录下的 .fazhiignore）
      --fix                      validate 前先执行 fazhi fix
  -o, --output <文件>            report：写入的 HTML 文件（默认 report.html）
      --jurisdiction <代码>      report：只报告该行政区划及其下级
  -h, --help                     显示本帮助
  -v, --version                  显示版本

退出状态：0 无错误（允许警告）；1 发现错误（或警告过多）；2 用法错误或文件无法读取。report 写出报告即为 0（发现写在报告中）。
`;
  }
  return `Usage: fazhi <command> [options]

Commands:
  validate <files, folders or globs…>
                                validate datasets (.json, .ndjson/.jsonl, .csv/.tsv, .xlsx; folders are searched
                                recursively; - reads standard input)
  rates <files or folders…>     every rate the data allows: numerator, denominator, basis, published beside computed
  fix <files or folders…>       rewrite values written as spreadsheets show them (45,771, 96.5%, " 44180 ", full-width
                                digits, 2024/6/30) in canonical form, every other byte kept (.xlsx: lists the cells)
  report <files or folders…> -o report.html [--jurisdiction CODE]
                                one self-contained HTML report: series charts, breakdowns, rates checked, findings
                                beside their figures, targets against results, rankings across jurisdictions
  catalog                       list the indicator catalog
  schema                        print the JSON Schema of the dataset format
  extract <report> --jurisdiction <code> --year <yyyy> [--format json|ndjson|csv|text] [--min-confidence <0–1>]
                                draft a dataset from a report (.txt, .html, .pdf with a text layer); every figure
                                becomes an observation or a notModelled entry with its reason (docs/extraction.md)

Options:
  -f, --format text|json|github  output format (default text; github prints workflow annotations)
  -l, --locale en|zh             message language (default en)
      --max-issues <n>           most issues shown per file (text/github default 200, json all; 0 = all)
      --max-json-bytes <n>       largest JSON file read whole (default 256 MiB; use NDJSON for more)
      --no-rule <rule>           switch a validation rule off (repeatable): structure, references, values,
                                 duplicates, partsWholes, publishedRates, time, plausibility, grouping
      --ignore-code <code>       neither show nor count one issue code; its rule still runs (repeatable)
      --max-warnings <n>         exit status 1 when there are more than n warnings (as ESLint)
      --encoding <name>          text files' encoding: auto (default: by BOM or content), utf8, utf16le, utf16be,
                                 gb18030 (gbk)
      --sheet <name>             the sheet of .xlsx files to read (default: the first)
      --stdin-format <format>    the format of standard input (-): json, ndjson, csv, xlsx (default: told from it)
      --ignore <pattern>         leave out files and folders matching a gitignore-style pattern (repeatable)
      --ignore-path <file>       a file of ignore patterns (default: .fazhiignore in the working directory)
      --fix                      run fazhi fix before validating
  -o, --output <file>            report: the HTML file to write (default report.html)
      --jurisdiction <code>      report: only this division and the jurisdictions within it
  -h, --help                     show this help
  -v, --version                  show the version

Exit status: 0 no errors (warnings allowed), 1 errors found (or too many warnings), 2 bad usage or an unreadable
file. report exits 0 once the report is written (the findings are in it).
`;
}
