import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';

/**
 * The StoryReport JSON Schema of the test contract (a copy, so the project's tests do not need
 * ../shared), compiled once. Checks a report exactly as outside checks do, independently of the
 * project's own `validateReport`.
 */
const schema = JSON.parse(readFileSync(new URL('./story-report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** The schema's complaints about `value` as a StoryReport, empty when it conforms. */
export function reportSchemaErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
