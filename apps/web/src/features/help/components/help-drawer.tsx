import { Anchor, Drawer, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HelpTopic } from '../../../lib/help';
import { helpArticle } from '../articles';
import { ArticleNavigation } from './help-link';

/**
 * One article beside the page that asked for it (the "?" of a page or dialog). Escape and the return
 * of focus are the app's (app/layout/help-provider.tsx): the drawer may lie over an open dialog.
 */
export function HelpDrawer({
  topic,
  opened,
  onClose,
  onTopic,
}: {
  topic: HelpTopic;
  opened: boolean;
  onClose: () => void;
  onTopic: (topic: HelpTopic) => void;
}) {
  const { t, i18n } = useTranslation('help');
  const article = helpArticle(i18n.language, topic);
  return (
    <Drawer.Root
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      closeOnEscape={false}
      returnFocus={false}
    >
      <Drawer.Overlay backgroundOpacity={0.2} />
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title fw={700} fz="lg">
            {article?.title ?? t('title')}
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t('close')} />
        </Drawer.Header>
        <Drawer.Body>
          {article ? (
            <ArticleNavigation.Provider value={onTopic}>
              <article.Body />
            </ArticleNavigation.Provider>
          ) : (
            <Text>{t('notFound')}</Text>
          )}
          <Group mt="lg" gap="lg">
            <Anchor component={Link} to={`/hilfe/${topic}`} size="sm" onClick={onClose}>
              {t('openInHelp')}
            </Anchor>
            <Anchor component={Link} to="/hilfe" size="sm" onClick={onClose}>
              {t('back')}
            </Anchor>
          </Group>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
