export { ExportPage as default } from '../../features/exports/components/export-page';
