// The validator's wording ("String should have at least 3 characters") rewritten as a person
// reads it ("Title needs at least 3 characters."). Kept free of imports: problem.ts and
// fieldErrors.ts both use it.

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function count(value: string): string {
  const number = Number(value);
  return Number.isFinite(number) ? number.toLocaleString() : value;
}

function characters(value: string): string {
  return `${count(value)} character${value === "1" ? "" : "s"}`;
}

/** Rules from pydantic's messages to plain words, about the field called `label`. */
const RULES: [RegExp, (label: string, match: RegExpMatchArray) => string][] = [
  [/^String should have at least (\d+) characters?$/, (label, m) => `${label} needs at least ${characters(m[1]!)}`],
  [/^String should have at most (\d+) characters?$/, (label, m) => `${label} can be at most ${characters(m[1]!)}`],
  [/^(Field required|Missing required argument)$/, (label) => `${label} can't be empty`],
  [/^Value error, must contain more than white space$/, (label) => `${label} can't be only spaces`],
  [/^(?:Value|Assertion) error, (.+)$/s, (label, m) => `${label} ${m[1]!.replace(/\.$/, "")}`],
  [/valid email|email address/i, (label) => `${label} doesn't look like an email address`],
  [/^String should match pattern/, (label) => `${label} has characters that aren't allowed here`],
  [/^Input should be greater than or equal to (\S+)$/, (label, m) => `${label} must be at least ${count(m[1]!)}`],
  [/^Input should be less than or equal to (\S+)$/, (label, m) => `${label} must be at most ${count(m[1]!)}`],
  [/^Input should be greater than (\S+)$/, (label, m) => `${label} must be more than ${count(m[1]!)}`],
  [/^Input should be less than (\S+)$/, (label, m) => `${label} must be less than ${count(m[1]!)}`],
  [/^Input should be (?:'[^']*'(?:, | or ))+'[^']*'$/, (label) => `Choose one of the options for ${label.toLowerCase()}`],
  [/^Input should be a valid (datetime|date)/, (label) => `${label} isn't a date and time we can read`],
  [/^Input should be a valid (\w+)/, (label, m) => `${label} isn't a valid ${m[1]!}`],
  [/^Extra inputs are not permitted$/, (label) => `${label} isn't expected here`],
];

/**
 * What the server said about one field, in plain words: pydantic's developer wording is
 * rewritten; a sentence the server wrote for people ("There is no category 'x'.") is kept.
 */
export function plainMessage(label: string, message: string): string {
  for (const [pattern, rewrite] of RULES) {
    const match = message.match(pattern);
    if (match) return sentence(rewrite(label, match));
  }
  // The server's own sentences for people start with a capital letter.
  if (/^[A-Z]/.test(message) && /\s/.test(message)) return sentence(message);
  return sentence(`${label}: ${message}`);
}

/** A field's API name as a label, when the form did not name it: "content_warning" → "Content warning". */
export function labelFromName(name: string | number): string {
  const words = String(name).replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
