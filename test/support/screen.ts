import { fireEvent, waitFor } from '@testing-library/react'

/** What a UI test reads and taps on the rendered screen (jsdom). */

export function el(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector)
  if (!found) throw new Error(`no ${selector} in ${document.body.innerHTML.slice(0, 2000)}`)
  return found
}

export function tap(selector: string): void {
  fireEvent.click(el(selector))
}

export function type(selector: string, value: string): void {
  fireEvent.change(el(selector), { target: { value } })
}

export async function shows(selector: string): Promise<HTMLElement> {
  await waitFor(() => el(selector))
  return el(selector)
}

/** Taps the keypad's keys, one per digit. */
export function typePin(pin: string): void {
  for (const digit of pin) tap(`#pin-key-${digit}`)
}
