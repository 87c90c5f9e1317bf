import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getProfiles, getRelatedPairs } from '../../data/profiles';
import { pairSummary } from '../../lib/compare/summary';
import { factLabels } from '../../lib/labels';
import { languagesOf } from '../../lib/profiles';
import { previewSvg } from '../../lib/seo/preview-image';

/** Link-preview images for profile pages (`<slug>.png`) and pair pages (`<a>-vs-<b>.png`). */
export const getStaticPaths = (async () => {
  const profiles = (await getProfiles()).map((p) => {
    const labels = factLabels(p.data);
    const languages = languagesOf(p.data).join(', ');
    return {
      params: { name: p.id },
      props: {
        title: p.data.name,
        lines: [p.data.tagline, `${languages || labels.kind} · ${labels.license} · since ${p.data.firstRelease.value}`],
      },
    };
  });
  const pairs = (await getRelatedPairs()).map((pair) => ({
    params: { name: pair.slug },
    props: {
      title: `${pair.a.data.name} vs ${pair.b.data.name}`,
      lines: pairSummary(pair.a.data, pair.b.data).slice(0, 2),
    },
  }));
  return [...profiles, ...pairs];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string; lines: string[] }> = async ({ props }) => {
  const png = await sharp(Buffer.from(previewSvg(props)))
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
