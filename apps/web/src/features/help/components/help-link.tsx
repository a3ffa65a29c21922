import { Anchor } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { HelpTopic } from '../../../lib/help';

/** In the help drawer, a link to another article changes the drawer's article instead of the page. */
export const ArticleNavigation = createContext<((topic: HelpTopic) => void) | null>(null);

/** A link from one article to another. */
export function HelpLink({ to, children }: { to: HelpTopic; children: ReactNode }) {
  const navigate = useContext(ArticleNavigation);
  return (
    <Anchor
      component={Link}
      to={`/hilfe/${to}`}
      inherit
      underline="always"
      onClick={(e) => {
        if (!navigate || e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </Anchor>
  );
}
