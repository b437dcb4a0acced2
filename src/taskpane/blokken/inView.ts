// Keeping what the drafter must read inside the visible pane: at 300 px wide a form opened near the
// bottom, or an error under a field, can sit below the fold with nothing scrolled (issue 7).
import { fieldClassNames } from "@fluentui/react-components";

/**
 * Focuses the first wrong field in `form` and scrolls that field, with its message under it, into view.
 * Focus alone does not scroll when the field already has it (a submit by Enter).
 */
export function focusFirstProblem(form: HTMLElement | null): void {
  const input = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!input) return;
  input.focus({ preventScroll: true });
  (input.closest(`.${fieldClassNames.root}`) ?? input).scrollIntoView?.({ block: "nearest" });
}

/**
 * Scrolls a just opened form into view together with the row it belongs to (`row`: its title stays
 * visible). A row with its form taller than the pane is shown from the row's top.
 */
export function revealForm(row: HTMLElement | null): void {
  if (!row) return;
  const fits = row.getBoundingClientRect().height <= window.innerHeight;
  row.scrollIntoView?.({ block: fits ? "nearest" : "start" });
}
