/** Package registries that `data:check-versions` asks, each with the URL of a package's latest version and a parser. */
export type RegistryName = 'npm' | 'pypi' | 'rubygems' | 'packagist' | 'maven' | 'crates' | 'hex' | 'nuget' | 'go';

interface Registry {
  url: (pkg: string) => string;
  /** The latest stable version in the registry's answer. */
  latest: (body: unknown) => string | undefined;
}

type Json = Record<string, unknown>;
const field = (body: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k as string] : undefined), body);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export const registries: Record<RegistryName, Registry> = {
  npm: {
    url: (p) => `https://registry.npmjs.org/${p.replace('/', '%2F')}/latest`,
    latest: (b) => str(field(b, 'version')),
  },
  pypi: { url: (p) => `https://pypi.org/pypi/${p}/json`, latest: (b) => str(field(b, 'info', 'version')) },
  rubygems: { url: (p) => `https://rubygems.org/api/v1/gems/${p}.json`, latest: (b) => str(field(b, 'version')) },
  packagist: {
    url: (p) => `https://repo.packagist.org/p2/${p}.json`,
    latest: (b) => {
      const versions = Object.values((field(b, 'packages') as Json | undefined) ?? {})[0];
      return Array.isArray(versions) ? str(field(versions, 0, 'version'))?.replace(/^v/, '') : undefined;
    },
  },
  maven: {
    url: (p) => {
      const [g, a] = p.split(':');
      return `https://search.maven.org/solrsearch/select?q=g:${g}+AND+a:${a}&rows=1&wt=json`;
    },
    latest: (b) => str(field(b, 'response', 'docs', 0, 'latestVersion')),
  },
  crates: {
    url: (p) => `https://crates.io/api/v1/crates/${p}`,
    latest: (b) => str(field(b, 'crate', 'max_stable_version')),
  },
  hex: { url: (p) => `https://hex.pm/api/packages/${p}`, latest: (b) => str(field(b, 'latest_stable_version')) },
  nuget: {
    url: (p) => `https://api.nuget.org/v3-flatcontainer/${p.toLowerCase()}/index.json`,
    latest: (b) => {
      const versions = field(b, 'versions');
      return Array.isArray(versions) ? str(versions.filter((v) => !String(v).includes('-')).at(-1)) : undefined;
    },
  },
  go: {
    url: (p) => `https://proxy.golang.org/${p}/@latest`,
    latest: (b) => str(field(b, 'Version'))?.replace(/^v/, ''),
  },
};

/** The package whose versions stand for each profile's releases (profiles without a registry package are absent). */
export const profilePackages: Record<string, { registry: RegistryName; name: string }> = {
  adonisjs: { registry: 'npm', name: '@adonisjs/core' },
  elysia: { registry: 'npm', name: 'elysia' },
  express: { registry: 'npm', name: 'express' },
  fastify: { registry: 'npm', name: 'fastify' },
  hono: { registry: 'npm', name: 'hono' },
  koa: { registry: 'npm', name: 'koa' },
  nestjs: { registry: 'npm', name: '@nestjs/core' },
  'parse-platform': { registry: 'npm', name: 'parse-server' },
  django: { registry: 'pypi', name: 'Django' },
  flask: { registry: 'pypi', name: 'Flask' },
  fastapi: { registry: 'pypi', name: 'fastapi' },
  starlette: { registry: 'pypi', name: 'starlette' },
  litestar: { registry: 'pypi', name: 'litestar' },
  rails: { registry: 'rubygems', name: 'rails' },
  sinatra: { registry: 'rubygems', name: 'sinatra' },
  hanami: { registry: 'rubygems', name: 'hanami' },
  laravel: { registry: 'packagist', name: 'laravel/framework' },
  symfony: { registry: 'packagist', name: 'symfony/symfony' },
  codeigniter: { registry: 'packagist', name: 'codeigniter4/framework' },
  cakephp: { registry: 'packagist', name: 'cakephp/cakephp' },
  slim: { registry: 'packagist', name: 'slim/slim' },
  'spring-boot': { registry: 'maven', name: 'org.springframework.boot:spring-boot' },
  quarkus: { registry: 'maven', name: 'io.quarkus:quarkus-core' },
  javalin: { registry: 'maven', name: 'io.javalin:javalin' },
  'actix-web': { registry: 'crates', name: 'actix-web' },
  axum: { registry: 'crates', name: 'axum' },
  rocket: { registry: 'crates', name: 'rocket' },
  phoenix: { registry: 'hex', name: 'phoenix' },
  gin: { registry: 'go', name: 'github.com/gin-gonic/gin' },
  echo: { registry: 'go', name: 'github.com/labstack/echo/v4' },
  fiber: { registry: 'go', name: 'github.com/gofiber/fiber/v3' },
  nextjs: { registry: 'npm', name: 'next' },
  nuxt: { registry: 'npm', name: 'nuxt' },
  strapi: { registry: 'npm', name: '@strapi/strapi' },
  hapi: { registry: 'npm', name: '@hapi/hapi' },
  feathers: { registry: 'npm', name: '@feathersjs/feathers' },
  sails: { registry: 'npm', name: 'sails' },
  sveltekit: { registry: 'npm', name: '@sveltejs/kit' },
  payload: { registry: 'npm', name: 'payload' },
  'react-router': { registry: 'npm', name: 'react-router' },
  convex: { registry: 'npm', name: 'convex' },
  directus: { registry: 'npm', name: 'directus' },
  'django-rest-framework': { registry: 'pypi', name: 'djangorestframework' },
  sanic: { registry: 'pypi', name: 'sanic' },
  falcon: { registry: 'pypi', name: 'falcon' },
  pyramid: { registry: 'pypi', name: 'pyramid' },
  tornado: { registry: 'pypi', name: 'tornado' },
  aiohttp: { registry: 'pypi', name: 'aiohttp' },
  grape: { registry: 'rubygems', name: 'grape' },
  roda: { registry: 'rubygems', name: 'roda' },
  yii: { registry: 'packagist', name: 'yiisoft/yii2' },
  hyperf: { registry: 'packagist', name: 'hyperf/framework' },
  thinkphp: { registry: 'packagist', name: 'topthink/framework' },
  lumen: { registry: 'packagist', name: 'laravel/lumen-framework' },
  warp: { registry: 'crates', name: 'warp' },
  salvo: { registry: 'crates', name: 'salvo' },
  cowboy: { registry: 'hex', name: 'cowboy' },
  fastendpoints: { registry: 'nuget', name: 'FastEndpoints' },
  servicestack: { registry: 'nuget', name: 'ServiceStack' },
  chi: { registry: 'go', name: 'github.com/go-chi/chi/v5' },
  'go-zero': { registry: 'go', name: 'github.com/zeromicro/go-zero' },
  beego: { registry: 'go', name: 'github.com/beego/beego/v2' },
  hertz: { registry: 'go', name: 'github.com/cloudwego/hertz' },
  goframe: { registry: 'go', name: 'github.com/gogf/gf/v2' },
};
