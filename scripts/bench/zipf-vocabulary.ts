/**
 * The generated episodes' vocabulary: 5,000 words drawn with Zipf's law (the r-th most common
 * word r times rarer than the first), as speech is. The first ranks are English function words;
 * everyday content words (the bench's queries ask for those) are spread among made-up words
 * (names, jargon) over the ranks below. A vocabulary of a few dozen equally likely words put every word in
 * a quarter of all sentences, which no real archive does, and made every search a worst case.
 * Deterministic: the same words in the same order on every run.
 */
import { prng } from "../../tests/merge/helpers/synthetic";

const FUNCTION_WORDS = (
  "the and to of a that I you it in is we so this like know but what they have be was just for on " +
  "think do with not are about there can if really at or all one going get because my more me as an " +
  "from how would them when right some then lot he had been these time those our very us no she her " +
  "his which their will who were where why also even much did could here now well into out up over " +
  "than only other any most way make thing things something back through said say many should"
).split(" ");

/** Everyday content words; the bench's query mix (library-search-queries.ts) draws on them. */
const CONTENT_WORDS = (
  "model data open source community platform business question answer team build train company " +
  "product research future language problem value history network market system design customer " +
  "engineer scale growth example reason moment idea access control privacy trust tool library " +
  "compute hardware cloud partner policy work world years year good different point world part " +
  "case kind place week money story book game music school health science paper study result " +
  "software code computer machine learning network internet phone city country state government " +
  "water energy power food family friend student teacher doctor patient price cost risk change " +
  "growth level number group process service experience project quality security feature release " +
  "version update server client browser search index query user interface screen video audio " +
  "podcast episode guest host interview conversation topic chapter section summary transcript " +
  "speaker voice sound record studio microphone editor writer author reader listener audience " +
  "startup founder investor funding revenue profit strategy vision mission culture leader manager " +
  "employee hiring career skill training lesson course degree university college lab experiment " +
  "theory evidence method analysis statistic metric benchmark performance memory storage network " +
  "database engine cluster deploy pipeline test bug error crash patch fix review commit branch"
)
  .split(" ")
  .filter((word, i, all) => all.indexOf(word) === i);

const ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pl", "r", "s", "st", "t", "tr", "v", "z"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];
const CODAS = ["", "", "n", "r", "l", "s", "x", "nd", "st"];

/** Made-up words of 2–3 syllables, none equal to a real one above, until there are `count`. */
function madeUpWords(count: number, taken: Set<string>): string[] {
  const rand = prng(4242);
  const pick = (list: string[]) => list[Math.floor(rand() * list.length)] as string;
  const words: string[] = [];
  while (words.length < count) {
    const syllables = 2 + Math.floor(rand() * 2);
    let word = "";
    for (let s = 0; s < syllables; s++) word += pick(ONSETS) + pick(VOWELS);
    word += pick(CODAS);
    if (!taken.has(word)) {
      taken.add(word);
      words.push(word);
    }
  }
  return words;
}

export const VOCABULARY_SIZE = 5_000;
/** Zipf's exponent: 1 for English speech and writing. */
const EXPONENT = 1;

/** Ranks the everyday words spread over: where such words sit in a frequency list of English. */
const CONTENT_RANKS = { first: 200, last: 3_000 };

/**
 * Every word by rank, most common first: the function words, then made-up words with the
 * everyday words spread evenly among them from CONTENT_RANKS.first to .last (`market` or
 * `privacy` is not among the hundred commonest words of any speech).
 */
export const ZIPF_WORDS: readonly string[] = (() => {
  const taken = new Set([...FUNCTION_WORDS, ...CONTENT_WORDS].map((w) => w.toLowerCase()));
  const filler = madeUpWords(VOCABULARY_SIZE - FUNCTION_WORDS.length - CONTENT_WORDS.length, taken);
  const words = [...FUNCTION_WORDS, ...filler];
  const step = (CONTENT_RANKS.last - CONTENT_RANKS.first) / CONTENT_WORDS.length;
  CONTENT_WORDS.forEach((word, i) => words.splice(CONTENT_RANKS.first + Math.floor(i * step), 0, word));
  return words;
})();

/** The everyday content words (for titles and section names). */
export const EVERYDAY_WORDS: readonly string[] = CONTENT_WORDS;

const CUMULATIVE = (() => {
  let total = 0;
  return ZIPF_WORDS.map((_, r) => (total += 1 / (r + 1) ** EXPONENT)).map((sum, _, all) => sum / (all.at(-1) ?? 1));
})();

/** A word drawn with Zipf's law by `rand` (uniform in [0, 1)): a binary search of the cumulative weights. */
export function drawZipfWord(rand: () => number): string {
  const target = rand();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((CUMULATIVE[mid] ?? 1) < target) lo = mid + 1;
    else hi = mid;
  }
  return ZIPF_WORDS[lo] as string;
}
