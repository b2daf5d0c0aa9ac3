// An alert read as a person reads it: the subject and the listed entity as labelled facts side by side, and the
// stored explanation text (NameMatchExplanation's stable printout) turned back into its token alignment table.
import { h, table } from './dom.js';

const none = h.bind(null, 'span', { class: 'muted' }, 'none');

/** "1983-01-08", "1983", or a range, whatever form the list gave. */
function date(value) {
  if (!value) return '';
  if (typeof value === 'string') return value;
  if (value.from) return value.text ?? (value.to ? `${date(value.from)} to ${date(value.to)}` : date(value.from));
  const pad = (n) => String(n).padStart(2, '0');
  return [String(value.year).padStart(4, '0'), value.month && pad(value.month), value.day && pad(value.day)].filter(Boolean).join('-');
}

function list(items, format = String) {
  const values = (items ?? []).map(format).filter((text) => text && text.trim().length);
  if (values.length === 0) return none();
  if (values.length === 1) return values[0];
  return h('ul', { class: 'facts' }, values.map((value) => h('li', {}, value)));
}

function facts(id, pairs) {
  return h('dl', { class: 'pairs', id }, pairs.filter(([, value]) => value !== undefined).flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value ?? none())]));
}

const address = (a) => [a.street, a.city, a.stateOrProvince, a.postalCode, a.country].filter(Boolean).join(', ') + (a.remarks ? ` (${a.remarks})` : '');
const documentText = (d) => `${d.type} ${d.number}${d.country ? `, ${d.country}` : ''}${d.issuedOn ? `, issued ${d.issuedOn}` : ''}${d.expiresOn ? `, expires ${d.expiresOn}` : ''}`;

export function subjectFacts(subject) {
  return facts('subject-facts', [
    ['Subject id', h('code', {}, subject.id)],
    ['Kind', subject.kind],
    ['Name', subject.name || null],
    ['Aliases', list(subject.aliases)],
    ['Date of birth', subject.dateOfBirth || null],
    ['Country', subject.country || null],
    ['Wallets', list(subject.wallets, (w) => `${w.address}${w.chain ? ` (${w.chain})` : ''}`)],
    ['Client reference', subject.clientReference || null],
  ]);
}

export function entityFacts(entity) {
  const others = (entity.names ?? []).filter((name) => !name.isPrimary && name.value !== entity.primaryName?.value);
  return facts('entity-facts', [
    ['Entity id', h('code', {}, entity.id)],
    ['Source', entity.source],
    ['Type', entity.type],
    ['Primary name', entity.primaryName?.value ?? null],
    ['Other names', list(others, (name) => `${name.value}${name.script ? ` [${name.script}]` : ''}${name.strength && name.strength !== 'strong' ? ` (${name.strength})` : ''}`)],
    ['Dates of birth', list(entity.datesOfBirth, date)],
    ['Places of birth', list(entity.placesOfBirth)],
    ['Nationalities', list([...(entity.nationalities ?? []), ...(entity.citizenships ?? [])])],
    ['Addresses', list(entity.addresses, address)],
    ['Digital currency addresses', list(entity.digitalCurrencyAddresses, (d) => `${d.asset} ${d.value}`)],
    ['Identity documents', list(entity.documents, documentText)],
    ['Programs', list(entity.programs)],
    ['Listed on', entity.listedOn ?? null],
    ['Title', entity.title || undefined],
    ['Remarks', entity.remarks || null],
  ]);
}

const kindNames = { Exact: 'exact', RomanizationVariant: 'romanization variant', Fuzzy: 'fuzzy', Phonetic: 'phonetic', Joined: 'joined', Unmatched: 'unmatched', Initial: 'initial' };

/**
 * Reads the stored explanation text. A name match prints "matched primary name|alias "X" (strength)", one alignment
 * line per token ("query listed similarity Kind w=weight", "-" for none), "name score", adjustments ("+0.050 reason")
 * and "final score"; anything else (a wallet match) is a sentence. Null when it is not a name explanation.
 */
export function parseNameExplanation(text) {
  const lines = (text ?? '').split(/\r?\n/);
  const head = /^matched (primary name|alias) "(.*)" \((\w+)\)$/.exec(lines[0] ?? '');
  if (!head) return null;
  const result = { matched: head[2], isAlias: head[1] === 'alias', strength: head[3], alignment: [], adjustments: [], nameScore: null, finalScore: null };
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    let part;
    if ((part = /^name score (\S+)$/.exec(line))) result.nameScore = Number(part[1]);
    else if ((part = /^final score (\S+)$/.exec(line))) result.finalScore = Number(part[1]);
    else if ((part = /^([+-]\d+\.\d+) (.+)$/.exec(line))) result.adjustments.push({ delta: Number(part[1]), reason: part[2] });
    else if ((part = /^(\S+)\s+(\S+)\s+(\d+\.\d+)\s+(\w+)\s+w=(\S+)$/.exec(line))) {
      result.alignment.push({ query: part[1] === '-' ? null : part[1], listed: part[2] === '-' ? null : part[2], similarity: Number(part[3]), kind: kindNames[part[4]] ?? part[4], weight: Number(part[5]) });
    }
  }
  return result;
}

export function explanationView(text) {
  const parsed = parseNameExplanation(text);
  if (!parsed) return h('p', { id: 'alert-explanation' }, text);
  return h('div', { id: 'alert-explanation' },
    h('p', {}, `Matched the listed ${parsed.isAlias ? 'alias' : 'primary name'} `, h('strong', {}, parsed.matched), ` (${parsed.strength} name).`),
    table('Token alignment: each word of the subject against the listed name', ['Subject token', 'Listed token', 'Similarity', 'Weight', 'How they match'],
      parsed.alignment.map((pair) => [pair.query ?? '—', pair.listed ?? '—', pair.similarity.toFixed(3), pair.weight.toFixed(2), pair.kind]), { class: 'alignment' }),
    parsed.adjustments.length
      ? h('ul', {}, parsed.adjustments.map((a) => h('li', {}, `${a.reason}: ${a.delta >= 0 ? '+' : ''}${a.delta.toFixed(3)}`)))
      : h('p', { class: 'muted' }, 'No adjustments: the score is the name score.'),
    h('p', {}, `Name score ${parsed.nameScore?.toFixed(3) ?? '—'} → final score ${parsed.finalScore?.toFixed(3) ?? '—'}`));
}
