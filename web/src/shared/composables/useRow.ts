/**
 * Element Plus table slots type `row` loosely (Record<PropertyKey, any>); this gives a
 * typed accessor for a table's row type: `const asUser = rowAs<User>()`, then `asUser(row).phone`.
 */
export function rowAs<T>(): (row: unknown) => T {
  return (row: unknown) => row as T
}
