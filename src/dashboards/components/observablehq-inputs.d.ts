// @observablehq/inputs ships no type declarations; these cover what the dashboards use.
declare module "@observablehq/inputs" {
  export function select<T>(
    data: Iterable<T>,
    options?: { label?: string; value?: T | null; format?: (value: T) => string; disabled?: boolean },
  ): HTMLElement & { value: T };
  export function table(data: Iterable<unknown>, options?: Record<string, unknown>): HTMLElement;
  export function range(
    extent: [number, number],
    options?: { label?: string; value?: number; step?: number; format?: (value: number) => string },
  ): HTMLElement & { value: number };
  export function form<T extends Record<string, HTMLElement>>(inputs: T): HTMLElement;
}
