# syntax=docker/dockerfile:1
# Build: docker build -t groundwork .   Run: docker run -e DATABASE_URL=... -e JWT_SECRET=... -p 3000:3000 groundwork

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY nest-cli.json tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
RUN npm run build

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:24-bookworm-slim
# Memory (see README, Performance; the start scripts in package.json set the same): glibc reads
# 8 MiB semi-spaces keep V8's young generation small. glibc's malloc is left at its defaults: two
# arenas (MALLOC_ARENA_MAX=2) or a fixed mmap threshold made argon2 page-fault a fresh 19 MiB work
# buffer per hash and cut sign-ins to a half or a third. V8's heap growing factor (a flag NODE_OPTIONS
# refuses) and libuv's pool size are set by the entry points themselves (libs/config runtime-tuning.ts).
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 \
  NODE_OPTIONS=--max-semi-space-size=8
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
# The embedded database (when DATABASE_URL is unset) keeps its data here; mount a volume for it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
STOPSIGNAL SIGTERM
CMD ["node", "dist/apps/api/src/main.js"]
