/**
 * Review r15: typing into the pane's form as one paste per field (a single input event), so that a form test does
 * not rerun the live check once per keystroke on a loaded machine; the form reads the text the same way.
 */
import userEvent from '@testing-library/user-event';

export async function typeIn(field: HTMLElement, text: string): Promise<void> {
  await userEvent.click(field);
  await userEvent.paste(text);
}
