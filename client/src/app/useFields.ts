import { type ChangeEvent, useState } from 'react';

/**
 * The values of a form's text fields by name, `set(name, value)`, and `bind(name)`: the name,
 * value and onChange that tie a TextField to one of them (the input is named as its value is).
 */
export function useFields<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState(initial);
  const set = (name: keyof T & string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const bind = (name: keyof T & string) => ({
    name,
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(name, e.target.value),
  });
  return { values, set, bind };
}
