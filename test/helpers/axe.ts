/**
 * axe options for elements with a WAI-ARIA APG combobox. Its listbox scrolls but takes no focus:
 * focus stays in the input, whose arrow keys move `aria-activedescendant` and scroll the list.
 * axe's scrollable-region-focusable cannot see that relation and flags the list, so that one
 * rule is off for them; every other rule runs.
 */
export const comboboxAxe = { ignoredRules: ['scrollable-region-focusable'] };
