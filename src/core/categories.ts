/** Categories a visitor can switch on or off. `necessary` is always on and is not listed here. */
export const OPTIONAL_CATEGORIES = ['statistics', 'marketing'] as const;

export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];
export type Category = 'necessary' | OptionalCategory;

/** A choice for each optional category. */
export type CategoryChoices = Readonly<Record<OptionalCategory, boolean>>;

export const NOTHING_OPTIONAL: CategoryChoices = Object.freeze({ statistics: false, marketing: false });

export function isOptionalCategory(name: string): name is OptionalCategory {
  return (OPTIONAL_CATEGORIES as readonly string[]).includes(name);
}

export function isCategory(name: string): name is Category {
  return name === 'necessary' || isOptionalCategory(name);
}
