/** The platform draws its own modal, with its own accessibility: nothing to add. */
export function makeOpenModalAccessible(): void {}
