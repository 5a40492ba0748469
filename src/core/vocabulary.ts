/**
 * A closed set of codes, each with the Chinese label people read: stored and sent as the code, shown
 * as the label (roles, item statuses, request channels).
 */
export interface Vocabulary<Code extends string> {
  /** The codes in the order their labels were declared (selects, `z.enum`, loops). */
  readonly codes: readonly Code[];
  readonly labels: Readonly<Record<Code, string>>;
  /** Whether a string from outside (a form, a database row, a CLI argument) is one of the codes. */
  readonly is: (value: string) => value is Code;
}

/**
 * Declares a vocabulary by its labels, each code written once. The codes keep the labels' order, so
 * none may look like an array index ('1', '2'), which JavaScript would move to the front.
 */
export function vocabulary<const Labels extends Record<string, string>>(
  labels: Labels,
): Vocabulary<Extract<keyof Labels, string>> {
  type Code = Extract<keyof Labels, string>;
  const codes = Object.keys(labels) as Code[];
  return { codes, labels, is: (value): value is Code => (codes as readonly string[]).includes(value) };
}
