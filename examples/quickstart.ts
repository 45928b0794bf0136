// The core of fazhi in one page: rates with explicit bases, named rounding, printed-vs-computed, qualifiers, 百分点.
import {
  checkTarget,
  compareReported,
  formatInterval,
  lossRate,
  parseQuantity,
  ppChange,
  quantityInterval,
  rate,
  successRate,
  yoyChange,
} from '../src/index.js';

// 咸宁市 2024: 45,771 disputes mediated, 44,180 successfully; the report prints 96%.
const mediation = successRate({ succeeded: 44180, cases: 45771 });
console.log(`调解成功率 ${mediation.numerator}/${mediation.denominator} = ${mediation.toPercent(2)}%`);
const printed = compareReported(mediation, '96');
console.log(
  `printed 96%: consistent=${printed.consistent} under ${printed.conventions.join(', ')}; 四舍五入 gives ${printed.computed}%`,
);

// 古丈县 2024: 12 cases lost of 54 concluded. The basis travels with the rate.
const loss = lossRate({ lost: 12, concluded: 54 });
console.log(`败诉率 over ${loss.basis}: ${loss.toPercent(1)}%`);

// A rate with a zero denominator is undefined, not NaN.
console.log(`0 cases concluded → defined=${rate(0, 0).isDefined} (${rate(0, 0).reason})`);

// Qualifiers: 1.5万余名 is more than 15,000 people.
const q = parseQuantity('1.5万余名');
if (q) console.log(`1.5万余名 → ${q.value} ${q.qualifier} → ${formatInterval(quantityInterval(q))}`);

// A change between two rates is in percentage points, not per cent.
console.log(
  `94.2% → 96.5%: +${String(ppChange('94.2', '96.5'))} 个百分点, relative +${yoyChange('94.2', '96.5').toPercent(2)}%`,
);

// Targets: 兴国县 plans ≥ 80% of 司法所 up to standard.
console.log(`85% against ≥ 80%: ${checkTarget({ comparator: '>=', value: '80' }, { value: '85' }).status}`);
