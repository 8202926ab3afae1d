import { z } from "zod";

/**
 * The field schemas the parsed documents are made of (`./parsed-doc-schema`): each takes what a
 * parser would have written, or a safe default, so sanitising a garbled document never throws.
 */

/** Largest time accepted, seconds (~116 days): beyond it arithmetic could overflow. */
export const MAX_TIME = 1e7;

/** A finite time within ±{@link MAX_TIME} s (zod's number already refuses NaN and ±Infinity). */
export const time = z.number().min(-MAX_TIME).max(MAX_TIME);
/** A time that may be absent; an unusable one is dropped. */
export const optionalTime = time.optional().catch(undefined);
/** Any string; anything else becomes "". */
export const text = z.string().catch("");
/** A string kept only when it has a non-blank character; otherwise the key is dropped. */
export const optionalText = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? v : undefined),
  z.string().optional(),
);
/** 1-based source line; a line that is not a usable number becomes 1. */
export const line = time.catch(1);

export const asObject = (v: unknown): object => (typeof v === "object" && v !== null ? v : {});
/** An item read for its fields: anything that is not a non-array object has none. */
export const asFields = (v: unknown): object => (Array.isArray(v) ? {} : asObject(v));
/** An object whose fields all have defaults: anything that is not an object reads as `{}`. */
export const record = <S extends z.ZodRawShape>(shape: S) => z.preprocess(asFields, z.object(shape));
/** A list whose items all parse (their fields have defaults); anything but an array is empty. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).catch([]);
/** A list that drops the items that fail (those without a usable time). */
export const listDroppingInvalid = <T extends z.ZodType>(item: T) =>
  z
    .array(z.unknown())
    .catch([])
    .transform((items) =>
      items.flatMap((x): z.output<T>[] => {
        const parsed = item.safeParse(asFields(x));
        return parsed.success ? [parsed.data] : [];
      }),
    );

/**
 * An absolute http(s) URL: the only kind of link or image address a source may give the model
 * (the model's chapters use it too), so a page never links or loads `javascript:` or `data:`.
 */
export const httpUrlSchema = z.string().regex(/^https?:\/\/\S+$/i);
/** An http(s) URL that may be absent; anything else is dropped. */
export const httpUrl = httpUrlSchema.optional().catch(undefined);
