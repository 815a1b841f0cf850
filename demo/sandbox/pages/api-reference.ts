import { API_ERRORS, WEBHOOK_SIGNATURE_RECIPE, type JsonObject, type OpenApiDocument } from '../../../src/server/openapi.js';
import { constraints, fieldRows, inlineParts, resolve, schemaType, type FieldRow, type SchemaType } from '../api-reference.js';
import { html, type Raw } from '../html.js';
import { renderPage } from './layout.js';

/** Text with the document's `code` spans, as HTML; paragraphs on blank lines. */
const md = (text: string): Raw => html`${inlineParts(text).map((part) => (part.code ? html`<code>${part.text}</code>` : part.text))}`;
const paragraphs = (text: string): Raw => html`${text.split(/\n\n+/).map((part) => html`<p>${md(part)}</p>`)}`;

const schemaAnchor = (name: string): string => `schema-${name}`;
const typeCell = (type: SchemaType): Raw => (type.ref ? html`<a href="#${schemaAnchor(type.ref)}"><code>${type.text}</code></a>` : html`<code>${type.text}</code>`);

function fieldsTable(rows: readonly FieldRow[], caption: string): Raw {
  if (rows.length === 0) return html`<p class="muted">No fields.</p>`;
  return html`<table class="fields">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Constraints</th><th scope="col">Description</th></tr></thead>
<tbody>
${rows.map(
  (row) => html`<tr><th scope="row"><code>${row.name}</code>${row.required ? html` <span class="tag">required</span>` : ''}</th><td data-label="Type">${typeCell(row.type)}</td><td data-label="Constraints">${row.constraints.map((text, index) => html`${index ? html`<br>` : ''}${text}`)}</td><td data-label="Description">${md(row.description)}</td></tr>`,
)}
</tbody>
</table>`;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema: JsonObject;
}

function parametersTable(parameters: readonly Parameter[], caption: string): Raw {
  return html`<table class="fields">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">Parameter</th><th scope="col">Type</th><th scope="col">Constraints</th><th scope="col">Description</th></tr></thead>
<tbody>
${parameters.map(
  (p) =>
    html`<tr><th scope="row"><code>${p.name}</code> <span class="tag">${p.in}</span>${p.required ? html` <span class="tag">required</span>` : ''}</th><td data-label="Type">${typeCell(schemaType(p.schema))}</td><td data-label="Constraints">${constraints(p.schema).join(', ')}</td><td data-label="Description">${md(p.description ?? '')}</td></tr>`,
)}
</tbody>
</table>`;
}

function bodySchema(container: JsonObject | undefined): JsonObject | undefined {
  const content = container?.content as Record<string, { schema?: JsonObject }> | undefined;
  return content?.['application/json']?.schema;
}

/** The codes an error answer lists (`allOf` of ApiErrorResponse and a `code` enum). */
function errorCodesOf(schema: JsonObject | undefined): string[] {
  const parts = (schema?.allOf ?? []) as JsonObject[];
  for (const part of parts) {
    const code = ((part.properties as Record<string, JsonObject> | undefined)?.error?.properties as Record<string, JsonObject> | undefined)?.code;
    if (Array.isArray(code?.enum)) return code.enum as string[];
  }
  return [];
}

function responsesTable(responses: Record<string, JsonObject>, caption: string): Raw {
  return html`<table class="fields responses">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">Status</th><th scope="col">Body</th><th scope="col">Meaning</th></tr></thead>
<tbody>
${Object.entries(responses).map(([status, response]) => {
  const schema = bodySchema(response);
  const codes = errorCodesOf(schema);
  const headers = Object.entries((response.headers ?? {}) as Record<string, JsonObject>);
  return html`<tr><th scope="row"><code>${status}</code></th><td data-label="Body">${schema ? typeCell(schemaType(schema)) : html`<span class="muted">none</span>`}</td><td data-label="Meaning">${
    codes.length
      ? html`<ul class="codes">${codes.map((code) => html`<li><code>${code}</code>: ${md(API_ERRORS[code as keyof typeof API_ERRORS]?.text ?? '')}</li>`)}</ul>`
      : md(String(response.description ?? ''))
  }${headers.length ? html`<ul class="codes">${headers.map(([name, value]) => html`<li>Header <code>${name}</code>: ${md(String(value.description ?? ''))}</li>`)}</ul>` : ''}</td></tr>`;
})}
</tbody>
</table>`;
}

interface Operation extends JsonObject {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  security: unknown[];
  parameters?: Parameter[];
  requestBody?: JsonObject;
  responses: Record<string, JsonObject>;
}

function operationSection(method: string, path: string, op: Operation, components: Record<string, JsonObject>): Raw {
  const secret = op.security.length > 0;
  const body = bodySchema(op.requestBody);
  return html`<section class="operation" aria-labelledby="${op.operationId}">
<h3 id="${op.operationId}"><span class="method method-${method}">${method.toUpperCase()}</span> <code>${path}</code></h3>
<p><strong>${op.summary}</strong> ${secret ? html`<span class="tag secret">secret key</span>` : html`<span class="tag">public</span>`}${op['x-sandbox-only'] ? html` <span class="tag">sandbox only</span>` : ''}</p>
${paragraphs(op.description)}
${op.parameters?.length ? html`<h4>Parameters</h4><div class="table-scroll">${parametersTable(op.parameters, `Parameters of ${method.toUpperCase()} ${path}`)}</div>` : ''}
${body ? html`<h4>Request body <span class="muted">(JSON, ${typeCell(schemaType(body))})</span></h4><div class="table-scroll">${fieldsTable(fieldRows(body, components), `Request body of ${method.toUpperCase()} ${path}`)}</div>` : ''}
<h4>Responses</h4>
<div class="table-scroll">${responsesTable(op.responses, `Responses of ${method.toUpperCase()} ${path}`)}</div>
</section>`;
}

function webhookSection(name: string, op: Operation, components: Record<string, JsonObject>): Raw {
  const body = bodySchema(op.requestBody) ?? {};
  const rows = fieldRows(body.allOf ? ((body.allOf as JsonObject[])[0] ?? body) : body, components);
  const type = ((body.allOf as JsonObject[] | undefined)?.[1]?.properties as Record<string, JsonObject> | undefined)?.type?.const;
  const shown = type === undefined ? rows : rows.map((row) => (row.name === 'type' ? { ...row, constraints: [`always ${JSON.stringify(type)}`] } : row));
  return html`<section class="operation" aria-labelledby="${op.operationId}">
<h3 id="${op.operationId}"><span class="method method-post">POST</span> <code>${name}</code></h3>
<p><strong>${md(op.summary)}</strong></p>
<h4>Headers</h4><div class="table-scroll">${parametersTable(op.parameters ?? [], `Headers of the ${name} webhook`)}</div>
<h4>Body <span class="muted">(JSON)</span></h4><div class="table-scroll">${fieldsTable(shown, `Body of the ${name} webhook`)}</div>
<h4>Your answer</h4><div class="table-scroll">${responsesTable(op.responses, `Answers to the ${name} webhook`)}</div>
</section>`;
}

function schemaSection(name: string, schema: JsonObject, components: Record<string, JsonObject>): Raw {
  const target = resolve(schema, components);
  return html`<section class="schema" aria-labelledby="${schemaAnchor(name)}">
<h3 id="${schemaAnchor(name)}"><code>${name}</code></h3>
${typeof target.description === 'string' ? paragraphs(target.description) : ''}
${
  target.type === 'object'
    ? html`<div class="table-scroll">${fieldsTable(fieldRows(target, components), `Fields of ${name}`)}</div>`
    : target.oneOf
      ? html`<p>One of ${(target.oneOf as JsonObject[]).map((option, index) => html`${index ? ', ' : ''}${typeCell(schemaType(option))}`)}.</p>`
      : html`<p>${typeCell(schemaType(target))}${constraints(target).length ? html`: ${constraints(target).join(', ')}` : ''}</p>`
}
</section>`;
}

/**
 * `GET /api`: the OpenAPI document as a readable page (its own rendering, no script): a table of
 * contents, every operation with its auth, parameters, body fields and answers with their error
 * codes, the webhooks and how to verify them, and every schema.
 */
export function apiReferencePage(document: OpenApiDocument): string {
  const components = document.components.schemas;
  const tags = (document.tags ?? []) as { name: string; description: string }[];
  const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op: op as Operation })));
  const webhooks = Object.entries(document.webhooks).map(([name, item]) => ({ name, op: item.post as Operation }));
  const info = document.info as { title: string; version: string; description: string };
  const apiTags = tags.filter((tag) => operations.some(({ op }) => op.tags.includes(tag.name)));
  const webhookTag = tags.find((tag) => tag.name === 'Webhooks');
  const tagAnchor = (name: string) => `tag-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return renderPage({
    locale: 'en',
    title: 'API reference · signin-flow sandbox provider',
    width: 'doc',
    body: html`<h1>Provider API reference</h1>
<p class="muted">${md(info.description)} Version ${info.version}. The same document as JSON: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${document.openapi}); the walkthrough with curl: <a href="/README.md">README</a>; <a href="/">back to the sandbox</a>.</p>
<p>Base URL: ${(document.servers as { url: string }[]).map((server) => html`<code>${server.url}</code>`)}. <span class="tag secret">secret key</span> calls send <code>Authorization: Bearer &lt;secret key&gt;</code> from your backend; <span class="tag">public</span> ones come from browsers.</p>
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">Contents</h2>
<ol>
${apiTags.map(
  (tag) => html`<li><a href="#${tagAnchor(tag.name)}">${tag.name}</a>
<ol>${operations.filter(({ op }) => op.tags.includes(tag.name)).map(({ path, method, op }) => html`<li><a href="#${op.operationId}"><code>${method.toUpperCase()} ${path}</code></a></li>`)}</ol></li>`,
)}
<li><a href="#tag-webhooks">Webhooks</a><ol>${webhooks.map(({ name, op }) => html`<li><a href="#${op.operationId}"><code>${name}</code></a></li>`)}</ol></li>
<li><a href="#errors">Error codes</a></li>
<li><a href="#schemas">Schemas</a></li>
</ol>
</nav>
${apiTags.map(
  (tag) => html`<section aria-labelledby="${tagAnchor(tag.name)}">
<h2 id="${tagAnchor(tag.name)}">${tag.name}</h2>
${paragraphs(tag.description)}
${operations.filter(({ op }) => op.tags.includes(tag.name)).map(({ path, method, op }) => operationSection(method, path, op, components))}
</section>`,
)}
<section aria-labelledby="tag-webhooks">
<h2 id="tag-webhooks">Webhooks</h2>
${webhookTag ? paragraphs(webhookTag.description) : paragraphs(WEBHOOK_SIGNATURE_RECIPE)}
${webhooks.map(({ name, op }) => webhookSection(name, op, components))}
</section>
<section aria-labelledby="errors">
<h2 id="errors">Error codes</h2>
<p>Every error answers <code>{"error": {"code", "message", "field"}}</code> (<a href="#${schemaAnchor('ApiErrorResponse')}">ApiErrorResponse</a>); each operation above lists the codes it may answer.</p>
<div class="table-scroll"><table class="fields">
<caption class="visually-hidden">Error codes</caption>
<thead><tr><th scope="col">Code</th><th scope="col">Status</th><th scope="col">Meaning</th></tr></thead>
<tbody>${Object.entries(API_ERRORS).map(([code, { status, text }]) => html`<tr><th scope="row"><code>${code}</code></th><td><code>${status}</code></td><td>${md(text)}</td></tr>`)}</tbody>
</table></div>
</section>
<section aria-labelledby="schemas">
<h2 id="schemas">Schemas</h2>
${Object.entries(components).map(([name, schema]) => schemaSection(name, schema, components))}
</section>`,
  });
}

