import { Anchor, Card, Highlight, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowLeft, IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { helpArticle, helpArticles } from '../articles';
import { searchHelp } from './help-search';

function ArticleList() {
  const { t, i18n } = useTranslation('help');
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const hits = useMemo(() => searchHelp(helpArticles(i18n.language), query), [i18n.language, query]);
  const words = query.split(/\s+/).filter(Boolean);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="md">
        <TextInput
          type="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(e) =>
            setParams(e.currentTarget.value ? { q: e.currentTarget.value } : {}, { replace: true })
          }
          maw={480}
        />
        <Text size="sm" c="dimmed" role="status">
          {query && (hits.length ? t('search.hits', { count: hits.length }) : t('search.none'))}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {hits.map(({ article, excerpt }) => (
            <Card
              key={article.slug}
              withBorder
              radius="md"
              padding="lg"
              component={Link}
              to={`/hilfe/${article.slug}`}
            >
              <Title order={3} size="h4">
                {article.title}
              </Title>
              <Text size="sm" c="dimmed" mt={4}>
                {article.summary}
              </Text>
              {excerpt && (
                <Highlight size="sm" mt="xs" highlight={words} fs="italic">
                  {excerpt}
                </Highlight>
              )}
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
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
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} aria-hidden /> {t('back')}
      </Anchor>
      {article ? (
        <Paper component="article" withBorder radius="md" p="lg" aria-labelledby="help-article-title">
          <Title order={2} mb="md" id="help-article-title">
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
