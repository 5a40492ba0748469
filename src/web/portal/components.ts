import { html } from '../html.ts';
import type { SafeHtml } from '../html.ts';

export interface FieldError {
  field: string;
  message: string;
}

/** GOV.UK-style error summary: announced first, each message links to its field. */
export function errorSummary(errors: FieldError[]): SafeHtml | '' {
  if (!errors.length) return '';
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
    <h2 id="error-summary-title">提交的内容有 ${errors.length} 处需要修改</h2>
    <ul>
      ${errors.map((e) => html`<li><a href="#${fieldId(e.field)}">${e.message}</a></li>`)}
    </ul>
  </div>`;
}

/** A form field id from its dotted name (`applicant.name` → `f-applicant-name`). */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^\w]+/g, '-')}`;
}

/** The hint under a label, referenced by aria-describedby. */
function hintText(id: string, hint: string | undefined): SafeHtml | '' {
  return hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : '';
}

/** The message by a field with a mistake (the error summary links here). */
function errorText(id: string, error: string | undefined): SafeHtml | '' {
  return error
    ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">错误：</span>${error}</p>`
    : '';
}

function describedBy(id: string, o: { hint?: string | undefined; error?: string | undefined }): string {
  return [o.hint ? `${id}-hint` : '', o.error ? `${id}-error` : ''].filter(Boolean).join(' ');
}

export interface TextFieldOptions {
  name: string;
  label: string;
  value?: string;
  hint?: string;
  error?: string;
  type?: string;
  required?: boolean;
  autocomplete?: string;
  multiline?: boolean;
}

export function textField(o: TextFieldOptions): SafeHtml {
  const id = fieldId(o.name);
  const described = describedBy(id, o);
  const common = { id, name: o.name };
  const control = o.multiline
    ? html`<textarea
        id="${common.id}"
        name="${common.name}"
        rows="6"
        ${o.required ? html`required` : ''}
        ${described ? html`aria-describedby="${described}"` : ''}
        ${o.error ? html`aria-invalid="true"` : ''}
      >
${o.value ?? ''}</textarea>`
    : html`<input
        id="${common.id}"
        name="${common.name}"
        type="${o.type ?? 'text'}"
        value="${o.value ?? ''}"
        ${o.autocomplete ? html`autocomplete="${o.autocomplete}"` : ''}
        ${o.required ? html`required` : ''}
        ${described ? html`aria-describedby="${described}"` : ''}
        ${o.error ? html`aria-invalid="true"` : ''}
      />`;
  return html`<div class="field${o.error ? ' field-error' : ''}">
    <label for="${id}"
      >${o.label}${o.required ? html`<span class="required" aria-hidden="true">*</span>` : ''}</label
    >
    ${hintText(id, o.hint)}
    ${errorText(id, o.error)}
    ${control}
  </div>`;
}

/** A file input that works without JavaScript (the form must be multipart/form-data). */
export function fileField(o: {
  name: string;
  label: string;
  accept: string;
  hint?: string;
  error?: string;
}): SafeHtml {
  const id = fieldId(o.name);
  const described = describedBy(id, o);
  return html`<div class="field${o.error ? ' field-error' : ''}">
    <label for="${id}">${o.label}</label>
    ${hintText(id, o.hint)} ${errorText(id, o.error)}
    <input
      id="${id}"
      name="${o.name}"
      type="file"
      multiple
      accept="${o.accept}"
      ${described ? html`aria-describedby="${described}"` : ''}
      ${o.error ? html`aria-invalid="true"` : ''}
    />
  </div>`;
}

export interface ChoiceFieldOptions {
  name: string;
  label: string;
  options: readonly string[];
  value?: string;
  error?: string;
  hint?: string;
}

/** Radio buttons in a fieldset (a screen reader announces the question with each choice). */
export function radioField(o: ChoiceFieldOptions): SafeHtml {
  const id = fieldId(o.name);
  return html`<fieldset
    class="field${o.error ? ' field-error' : ''}"
    id="${id}"
    ${describedBy(id, o) ? html`aria-describedby="${describedBy(id, o)}"` : ''}
  >
    <legend>${o.label}</legend>
    ${hintText(id, o.hint)}
    ${errorText(id, o.error)}
    <div class="choices">
      ${o.options.map(
        (option, index) =>
          html`<label class="choice"
            ><input
              type="radio"
              name="${o.name}"
              value="${option}"
              id="${index === 0 ? `${id}-first` : `${id}-${index}`}"
              ${o.value === option ? html`checked` : ''}
            />
            ${option}</label
          >`,
      )}
    </div>
  </fieldset>`;
}

export function selectField(o: ChoiceFieldOptions & { emptyLabel?: string }): SafeHtml {
  const id = fieldId(o.name);
  return html`<div class="field${o.error ? ' field-error' : ''}">
    <label for="${id}">${o.label}</label>
    ${errorText(id, o.error)}
    <select
      id="${id}"
      name="${o.name}"
      ${o.error ? html`aria-invalid="true" aria-describedby="${id}-error"` : ''}
    >
      ${o.emptyLabel !== undefined ? html`<option value="">${o.emptyLabel}</option>` : ''}
      ${o.options.map((option) => html`<option value="${option}" ${o.value === option ? html`selected` : ''}>${option}</option>`)}
    </select>
  </div>`;
}

/** Pagination links that keep the other query parameters. */
export function pagination(
  base: string,
  params: URLSearchParams,
  page: number,
  pageCount: number,
): SafeHtml | '' {
  if (pageCount <= 1) return '';
  const link = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    return `${base}?${next.toString()}`;
  };
  return html`<nav class="pagination" aria-label="分页">
    ${page > 1 ? html`<a href="${link(page - 1)}" rel="prev">上一页</a>` : ''}
    <span>第 ${page} / ${pageCount} 页</span>
    ${page < pageCount ? html`<a href="${link(page + 1)}" rel="next">下一页</a>` : ''}
  </nav>`;
}

/** Text with the given [start, end) ranges wrapped in <mark>. */
export function highlighted(text: string, ranges: Array<[number, number]>): SafeHtml {
  const parts: Array<SafeHtml | string> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    parts.push(text.slice(at, start), html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}

export function pageParam(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

/**
 * A query parameter as one trimmed string of bounded length (arrays and objects are ignored).
 * NUL is dropped: PostgreSQL text cannot hold it, and a query with it would fail (found by fuzzing).
 */
export function stringParam(value: unknown, max = 100): string {
  return typeof value === 'string' ? value.replaceAll('\u0000', '').trim().slice(0, max) : '';
}
