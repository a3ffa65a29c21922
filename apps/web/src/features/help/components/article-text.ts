import { isValidElement, type ElementType, type ReactNode } from 'react';

interface Props {
  children?: ReactNode;
  alt?: unknown;
}

/**
 * The words of an article: every string among the elements' children (and images' alt texts),
 * without rendering anything. Components inside the article are not called, only their children read.
 */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (!isValidElement<Props>(node)) return '';
  const { children, alt } = node.props;
  // Block-level pieces (paragraphs, list items, headings) must not glue their last and first words.
  return `${typeof alt === 'string' ? `${alt} ` : ''}${textOf(children)} `;
}

/** The props of every element of `type` in an article (e.g. the screenshots it names). */
export function elementsOf<P>(node: ReactNode, type: ElementType<P>): P[] {
  if (Array.isArray(node)) return node.flatMap((n: ReactNode) => elementsOf(n, type));
  if (!isValidElement<P & Props>(node)) return [];
  const own = node.type === type ? [node.props] : [];
  return [...own, ...elementsOf(node.props.children, type)];
}
