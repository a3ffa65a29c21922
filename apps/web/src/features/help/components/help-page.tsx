import { Anchor, Card, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { helpArticle, helpArticles } from '../articles';

function ArticleList() {
  const { t, i18n } = useTranslation('help');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {helpArticles(i18n.language).map((a) => (
          <Card key={a.slug} withBorder radius="md" padding="lg" component={Link} to={`/hilfe/${a.slug}`}>
            <Title order={3} size="h4">
              {a.title}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {a.summary}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}

export function HelpPage() {
  const { slug } = useParams();
  const { t, i18n } = useTranslation('help');
  if (!slug) return <ArticleList />;
  const article = helpArticle(i18n.language, slug);
  return (
    <Stack maw={760}>
      <Anchor component={Link} to="/hilfe" size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {t('back')}
      </Anchor>
      {article ? (
        <Paper component="article" withBorder radius="md" p="lg">
          <Title order={2} mb="md">
            {article.title}
          </Title>
          <article.Body />
        </Paper>
      ) : (
        <Text>{t('notFound')}</Text>
      )}
    </Stack>
  );
}
