/**
 * Narrowing in assertions: `harus(h, 'status', 'diukur').nilai` fails with the actual status when it is not
 * 'diukur' (expected "diukur", received "tidak_diukur") and otherwise hands back the narrowed value, so a test
 * never hides a wrong variant behind `expect(h.status === 'diukur' && h.nilai)…` (which reports only `false`).
 */
export function harus<T, K extends keyof T, const V extends T[K]>(
  x: T,
  kunci: K,
  nilai: V,
): Extract<T, { readonly [P in K]: V }> {
  expect(x[kunci]).toBe(nilai);
  return x as Extract<T, { readonly [P in K]: V }>;
}
