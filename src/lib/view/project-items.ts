/**
 * The projects of a document, whatever the document's kind: project targets, project
 * self-evaluations, transfer-payment evaluations.
 */
import type { DisclosureDocument, DocumentOf } from '../../schemas/document';
import type { ProjectEvaluation, ProjectTarget } from '../../schemas/project';
import type { TransferPaymentEvaluation } from '../../schemas/transfer-payment';

export type ProjectItem =
  | { kind: 'target'; item: ProjectTarget }
  | { kind: 'evaluation'; item: ProjectEvaluation }
  | { kind: 'transfer-payment'; item: TransferPaymentEvaluation };

export type ProjectDocument = DocumentOf<'project-targets'> | DocumentOf<'project-evaluations'> | DocumentOf<'transfer-payment-evaluations'>;

export function isProjectDocument(doc: DisclosureDocument): doc is ProjectDocument {
  return doc.kind === 'project-targets' || doc.kind === 'project-evaluations' || doc.kind === 'transfer-payment-evaluations';
}

/** The projects (or transfer payments) of a document, in published order. */
export function projectItemsOf(doc: DisclosureDocument): ProjectItem[] {
  switch (doc.kind) {
    case 'project-targets':
      return doc.projects.map((item) => ({ kind: 'target', item }));
    case 'project-evaluations':
      return doc.projects.map((item) => ({ kind: 'evaluation', item }));
    case 'transfer-payment-evaluations':
      return doc.evaluations.map((item) => ({ kind: 'transfer-payment', item }));
    default:
      return [];
  }
}

/** The short form of a project id for tight places: `ningde-2024-p03` → `p03`. */
export function shortProjectId(id: string): string {
  return id.split('-').at(-1) ?? id;
}

