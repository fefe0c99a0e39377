/**
 * Chinese, Arabic and mixed numerals, read exactly: values are decimal strings scaled by powers of ten and added as
 * big integers, never multiplied as floats (16.4亿 is 1640000000, not 1639999999.9999998). The amount and percentage
 * recognisers share the pattern and the parser.
 */

/** An exact decimal: `units × 10^-scale`. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

/** Digit characters: everyday ones and the financial capitals of cheques and contracts (贰万叁仟 = 二万三千). */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 1, 百: 2, 千: 3, 拾: 1, 佰: 2, 仟: 3 };
/** The magnitudes, highest first: 兆 is a trillion in Taiwan and Japan (2.6兆元), as 万亿 is on the mainland. */
const MAGNITUDES: Record<string, number> = { 兆: 12, 亿: 8, 万: 4 };

export const CHINESE_DIGITS = '零〇一二两三四五六七八九';
/** The unit characters: 十百千 below ten thousand, 万亿 above (1.2万亿 = 1.2e12). */
export const LARGE_UNITS = '万亿';
export const UNITS = `十百千${LARGE_UNITS}`;
/** Every character a Chinese numeral may hold: digits, units, 点 and the approximations 几, 多, 余. */
export const NUMERAL_CHARACTERS = `${CHINESE_DIGITS}${UNITS}点几多余`;
/** The magnitudes a figure may end on, 兆 included (money reads them; names and words know only 万 and 亿). */
export const MAGNITUDE_UNITS = Object.keys(MAGNITUDES).join('');
/** The magnitudes from 亿 up: a figure that size is money in the news unless something says it counts (87亿). */
export const HUNDRED_MILLION_UNITS = Object.keys(MAGNITUDES).filter((unit) => (MAGNITUDES[unit] as number) >= 8).join('');

/** Marks inside a numeral: the decimal point, the vague heads (数十亿), the approximations (50多亿, 二十几, 二十来) and 个 (六七个亿). */
const [POINT, SOME, MORE, MEASURE] = ['点', '数几', '多余几来', '个'] as const;
const ANY_DIGIT = Object.keys(DIGITS).join('');
/** The zeros (零, 〇) begin a numeral only before its point (零点五): 找零五毛 is change of 五毛. */
const ZEROS = ANY_DIGIT.slice(0, 2);
const SMALL = Object.keys(SMALL_UNITS).join('');
const LARGE = MAGNITUDE_UNITS;
const [TRILLION, HUNDRED_MILLION] = Object.keys(MAGNITUDES) as [string, string, string];

const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/**
 * A numeral as written: Arabic digits with thousands separators and decimals, Chinese digits and units, or both
 * (3亿5000万, 1.2万亿, 五点八六亿, 2千万), financial capitals (贰万叁仟), with 多/余/几 approximations inside (50多亿,
 * 十几万, 二十几), an optional leading 数/几 (数十亿, 几个亿), 个 before 亿 (一个亿, 六七个亿) and one space between
 * Arabic digits and their unit (10 亿美元). 兆 follows a digit (2.6兆, 五十兆; 千兆 is gigabit, not a number), and a
 * zero begins a numeral only before its point (零点五; 找零五毛 is change of 五毛). The source for
 * building the recognisers' patterns. Arabic digits may follow only a Chinese unit inside it, so a long run of
 * digits has one reading and cannot make the pattern backtrack exponentially.
 */
export const NUMERAL = String.raw`(?:[${SOME}](?=${MEASURE}?[${SMALL}${LARGE}]))?(?:${ARABIC}|[${ANY_DIGIT.slice(2)}${SMALL}]|[${ZEROS}](?=${POINT})|(?<=[${SOME}])${MEASURE}?[${LARGE}])(?:[${ANY_DIGIT}${SMALL}${LARGE_UNITS}]|(?<=[${ANY_DIGIT}\d][${SMALL}]? ?)${TRILLION}|(?<=[${UNITS}${TRILLION}${CHINESE_DIGITS[0]}])(?:${ARABIC})|(?<=\d) (?=[${SMALL}${LARGE}])|${MEASURE}(?=${HUNDRED_MILLION})|${POINT}(?=[${ANY_DIGIT}\d])|[${MORE}](?=${MEASURE}?[${SMALL}${LARGE}]))*(?:[${MORE}](?![${ANY_DIGIT}\d]))?`;

/** Every character a match of {@link NUMERAL} may begin with (a search may skip text without them). */
export const NUMERAL_FIRST_CHARACTERS = `${SOME}${ANY_DIGIT}${SMALL}${MEASURE}${LARGE}0123456789`;

/** Every character a match of {@link NUMERAL} may hold: a scan may pass over text without them (see anchored.ts). */
export const NUMERAL_MATCH_CHARACTERS = `${ANY_DIGIT}${SMALL}${LARGE}${SOME}${MORE}${MEASURE}${POINT}0123456789,. `;

export interface ParsedNumeral {
  value: Decimal;
  /** The upper bound of a run of adjacent digits (五六千 → 6000), else null. */
  max: Decimal | null;
  /** 多, 余, 几 or 数 made it a lower bound rather than an exact figure. */
  approximate: boolean;
}

const VAGUE = new RegExp(`[${MORE}${SOME}]`);
const VAGUE_HEAD = new RegExp(`^[${SOME}](?=[${SMALL}${LARGE}])`);
const VAGUE_INSIDE = new RegExp(`[${MORE}]`, 'g');
const MEASURE_BEFORE_UNIT = new RegExp(`\\s|${MEASURE}(?=${HUNDRED_MILLION})`, 'g');
/** Two adjacent digits before a unit: a run (五六千 is 5000 to 6000, 两三千万). */
const RUN = new RegExp(`^([${CHINESE_DIGITS.slice(2, -1)}])([${CHINESE_DIGITS.slice(3)}])(?=[${SMALL}${LARGE}])`);

/**
 * Reads a numeral matched by {@link NUMERAL}. Returns null when the characters are not a well-formed number.
 * @example parseNumeral('三亿五千万') // => { value: 350000000, max: null, approximate: false } (as Decimals)
 */
export function parseNumeral(written: string): ParsedNumeral | null {
  let approximate = false;
  let text = written.replace(/,/g, '').replace(MEASURE_BEFORE_UNIT, '');
  if (VAGUE.test(text)) {
    approximate = true;
    // 数十亿 / 几十万: "some tens of" — the lower bound is the unit itself.
    text = text.replace(VAGUE_HEAD, '').replace(VAGUE_INSIDE, '');
  }
  const run = text.match(RUN);
  if (run) {
    const low = DIGITS[run[1] as string] as number;
    const high = DIGITS[run[2] as string] as number;
    // Neighbours (五六千, 一两千, 两三成) and the common 三五 (三五百元).
    if (high === low + 1 || (low === 2 && high === 3) || (low === 3 && high === 5)) {
      const rest = text.slice(2);
      const min = parseExact(`${run[1]}${rest}`);
      const max = parseExact(`${run[2]}${rest}`);
      if (min && max) return { value: min, max, approximate: true };
    }
  }
  const value = parseExact(text);
  return value ? { value, max: null, approximate } : null;
}

/** Splits on the highest unit first: 三亿五千万 = 三 × 10⁸ + 五千万, 1.2万亿 = (1.2 × 10⁴) × 10⁸. */
function parseExact(text: string): Decimal | null {
  if (text === '') return null;
  for (const [unit, power] of Object.entries(MAGNITUDES)) {
    const at = text.indexOf(unit);
    if (at < 0) continue;
    const head = at === 0 ? ONE : parseExact(text.slice(0, at));
    if (!head) return null;
    const tail = text.slice(at + 1);
    if (tail === '') return shift(head, power);
    // 一万五 = 15000 and 三亿五 = 3.5亿: a lone digit after a unit counts in the next unit down.
    const lone = DIGITS[tail];
    const rest = lone !== undefined && tail.length === 1 ? shift(fromInt(lone), power - 1) : parseExact(tail);
    return rest ? add(shift(head, power), rest) : null;
  }
  return parseBelowTenThousand(text);
}

const ONE: Decimal = { units: 1n, scale: 0 };
const ARABIC_NUMBER = /^\d+(?:\.\d+)?/;

function parseBelowTenThousand(text: string): Decimal | null {
  if (/^\d+(?:\.\d+)?$/.test(text)) return fromDecimalString(text);
  const point = text.indexOf(POINT);
  if (point >= 0) {
    const whole = point === 0 ? fromInt(0) : parseBelowTenThousand(text.slice(0, point));
    const fraction = text.slice(point + 1);
    if (!whole || fraction === '' || ![...fraction].every((c) => c in DIGITS || /\d/.test(c))) return null;
    const digits = [...fraction].map((c) => (c in DIGITS ? DIGITS[c] : Number(c))).join('');
    return add(whole, { units: BigInt(digits), scale: digits.length });
  }
  // A run of digits without units is positional: 二〇二五 = 2025.
  if ([...text].every((c) => c in DIGITS)) {
    return fromInt(Number([...text].map((c) => DIGITS[c]).join('')));
  }
  // Each unit multiplies the digit before it, Chinese or Arabic (三千, 2千, 1.5千); the units fall from left to right.
  let total: Decimal = fromInt(0);
  let digit: Decimal | null = null;
  let lastPower = -1;
  let afterZero = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const arabic = text.slice(i).match(ARABIC_NUMBER);
    if (arabic || c in DIGITS) {
      if (digit !== null) return null;
      digit = arabic ? fromDecimalString(arabic[0]) : fromInt(DIGITS[c] as number);
      if (arabic) i += arabic[0].length - 1;
      if (!arabic && digit.units === 0n) {
        afterZero = true;
        digit = null;
      }
      continue;
    }
    const power = SMALL_UNITS[c];
    if (power === undefined) return null;
    if (lastPower >= 0 && power >= lastPower) return null;
    total = add(total, shift(digit ?? ONE, power));
    digit = null;
    lastPower = power;
    afterZero = false;
  }
  // 一千五 = 1500: a trailing digit right after a unit counts in the next unit down; after 零 it is ones.
  if (digit !== null) total = add(total, lastPower > 0 && !afterZero ? shift(digit, lastPower - 1) : digit);
  return total;
}

function fromInt(n: number): Decimal {
  return { units: BigInt(n), scale: 0 };
}

function fromDecimalString(s: string): Decimal {
  const dot = s.indexOf('.');
  if (dot < 0) return { units: BigInt(s), scale: 0 };
  return { units: BigInt(s.slice(0, dot) + s.slice(dot + 1)), scale: s.length - dot - 1 };
}

/** Multiplies by 10^power exactly. */
export function shift(d: Decimal, power: number): Decimal {
  if (power >= 0 && d.scale >= power) return { units: d.units, scale: d.scale - power };
  if (power >= 0) return { units: d.units * 10n ** BigInt(power - d.scale), scale: 0 };
  return { units: d.units, scale: d.scale - power };
}

/** Adds exactly. */
export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return {
    units: a.units * 10n ** BigInt(scale - a.scale) + b.units * 10n ** BigInt(scale - b.scale),
    scale,
  };
}

/** The nearest double to the exact decimal (by way of its decimal string, which JavaScript rounds correctly). */
export function toNumber(d: Decimal): number {
  if (d.scale === 0) return Number(d.units);
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const cut = digits.length - d.scale;
  return Number(`${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`);
}

/** Orders two exact decimals: negative, zero or positive as a is below, equal to or above b. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.units * 10n ** BigInt(scale - a.scale);
  const y = b.units * 10n ** BigInt(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The same decimal with its sign turned (a written minus: -1.8亿元). */
export function negate(d: Decimal): Decimal {
  return { units: -d.units, scale: d.scale };
}
