/**
 * The content model keeps "every fact has a source" a type error, for every family's shapes.
 * `npm test` runs `tsc --noEmit` over test/: each `@ts-expect-error` below fails the build if the
 * line it marks ever compiles, so loosening a type is caught. The test itself checks the same
 * objects at runtime, so it cannot pass vacuously.
 */
import { expect } from '@open-wc/testing';
import type { EmergencyCard, Fact, Pathways, RiskQuestion, Sign, SourcedText, Stage } from '../src/content/types.js';

const source = { title: 'A source', url: 'https://example.org/' };

// @ts-expect-error a fact needs at least one source
const factWithoutSources: Fact = { id: 'f', text: 'Text.', sources: [] };
// @ts-expect-error a sign needs its source
const signWithoutSource: Sign = { id: 's', text: 'Text' };
// @ts-expect-error a risk question needs its source
const riskWithoutSource: RiskQuestion = { id: 'r', text: 'Question?', safety: 'Safety.' };
// @ts-expect-error a note or card route needs its source
const noteWithoutSource: SourcedText = { text: 'Text.' };
// @ts-expect-error a card route that cites several sources cites at least one
const noteWithNoSources: SourcedText = { text: 'Text.', sources: [] };
// @ts-expect-error each overdose-card step needs its source
const cardWithUnsourcedStep: EmergencyCard = { medical: { text: 'Call.', source }, crisis: { text: 'Call 988.', source }, steps: [{ id: 'a', text: 'Step.' }] };
// @ts-expect-error a stage needs at least one source
const stageWithoutSources: Stage = { id: 'st', title: 'T', summary: 'S', details: [], sources: [] };
// @ts-expect-error every family has its default path, `program`
const pathsWithoutProgram: Pathways = { 'outpatient-taper': [] };

describe('content types', () => {
  it('the objects TypeScript refuses above are indeed unsourced (or lack the default path)', () => {
    expect(factWithoutSources.sources).to.have.length(0);
    expect('sources' in noteWithNoSources && noteWithNoSources.sources.length).to.equal(0);
    expect('source' in signWithoutSource || 'source' in riskWithoutSource || 'source' in noteWithoutSource).to.equal(false);
    expect(cardWithUnsourcedStep.steps!.every((step) => 'source' in step)).to.equal(false);
    expect(stageWithoutSources.sources).to.have.length(0);
    expect('program' in pathsWithoutProgram).to.equal(false);
  });
});
