import type { z } from 'zod';
import { type AppError, validation } from '../errors/index.ts';

/** One validation issue, from Zod directly or as fastify-type-provider-zod reports it. */
export interface Issue {
  code: string;
  path: (string | number)[];
  message: string;
  params?: Record<string, unknown>;
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['teks', 'text'],
  number: ['angka', 'a number'],
  int: ['bilangan bulat', 'an integer'],
  boolean: ['ya/tidak (boolean)', 'true or false'],
  array: ['daftar', 'a list'],
  object: ['objek', 'an object'],
};

const UNITS: Record<string, [string, string]> = {
  string: ['karakter', 'characters'],
  array: ['butir', 'items'],
  set: ['butir', 'items'],
};

/** `parties.1.name` from a path; the request part (`body`, `params`) when the path is empty. */
export function fieldOf(path: (string | number)[], context = 'body'): string {
  return path.length ? path.join('.') : context;
}

/** Indonesian and English sentences for one issue, naming the field. */
export function describeIssue(issue: Issue, context = 'body'): { field: string; id: string; en: string } {
  const field = fieldOf(issue.path, context);
  const p = issue.params ?? {};
  const q = `"${field}"`;
  switch (issue.code) {
    case 'invalid_type': {
      if (/received undefined/.test(issue.message)) {
        return { field, id: `Isian ${q} wajib diisi.`, en: `Field ${q} is required.` };
      }
      const [tid, ten] = TYPE_NAMES[String(p.expected)] ?? [String(p.expected), String(p.expected)];
      return { field, id: `Isian ${q} harus berupa ${tid}.`, en: `Field ${q} must be ${ten}.` };
    }
    case 'too_small': {
      const min = Number(p.minimum);
      const [uid, uen] = UNITS[String(p.origin)] ?? ['', ''];
      if (p.origin === 'string' && min === 1) {
        return { field, id: `Isian ${q} tidak boleh kosong.`, en: `Field ${q} must not be empty.` };
      }
      return {
        field,
        id: `Isian ${q} paling sedikit ${min}${uid ? ` ${uid}` : ''}.`,
        en: `Field ${q} must be at least ${min}${uen ? ` ${uen}` : ''}.`,
      };
    }
    case 'too_big': {
      const max = Number(p.maximum);
      const [uid, uen] = UNITS[String(p.origin)] ?? ['', ''];
      return {
        field,
        id: `Isian ${q} paling banyak ${max}${uid ? ` ${uid}` : ''}.`,
        en: `Field ${q} must be at most ${max}${uen ? ` ${uen}` : ''}.`,
      };
    }
    case 'invalid_value': {
      const values = Array.isArray(p.values) ? p.values.map(String).join(', ') : '';
      return {
        field,
        id: `Isian ${q} harus salah satu dari: ${values}.`,
        en: `Field ${q} must be one of: ${values}.`,
      };
    }
    case 'invalid_format':
      return {
        field,
        id: `Isian ${q} formatnya tidak valid (${String(p.format)}).`,
        en: `Field ${q} has an invalid format (${String(p.format)}).`,
      };
    case 'unrecognized_keys': {
      const keys = Array.isArray(p.keys) ? p.keys.join(', ') : '';
      return { field, id: `Isian tidak dikenal: ${keys}.`, en: `Unknown field(s): ${keys}.` };
    }
    default:
      return { field, id: `Isian ${q} tidak valid.`, en: `Field ${q} is invalid: ${issue.message}` };
  }
}

/** One 400 error for a list of issues: the first one in words, with a count of the rest. */
export function validationFromIssues(issues: Issue[], context = 'body'): AppError {
  const first = issues[0] ?? { code: 'custom', path: [], message: 'invalid' };
  const d = describeIssue(first, context);
  const more = issues.length - 1;
  return validation(
    d.field,
    more > 0 ? `${d.id} (dan ${more} masalah lain)` : d.id,
    more > 0 ? `${d.en} (and ${more} more)` : d.en,
  );
}

/** From a ZodError thrown by `schema.parse` inside a command. */
export function validationFromZod(error: z.ZodError, context = 'body'): AppError {
  return validationFromIssues(
    error.issues.map((i) => {
      const { code, path, message, ...params } = i as unknown as Issue & Record<string, unknown>;
      return { code, path: path as (string | number)[], message, params };
    }),
    context,
  );
}

/** From the `validation` array fastify-type-provider-zod attaches to a Fastify error. */
export function validationFromFastify(
  items: { keyword?: string; instancePath?: string; message?: string; params?: Record<string, unknown> }[],
  context = 'body',
): AppError {
  return validationFromIssues(
    items.map((v) => ({
      code: v.keyword ?? 'custom',
      path: (v.instancePath ?? '').split('/').filter(Boolean),
      message: v.message ?? '',
      params: v.params,
    })),
    context,
  );
}
