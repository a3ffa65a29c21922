export const overviewKeys = {
  all: ['overview'] as const,
  data: () => [...overviewKeys.all, 'data'] as const,
};

/** The CSV download of the per-project table (a plain link: the browser saves it). */
export const PROJECTS_CSV_URL = '/api/overview/projects.csv';
