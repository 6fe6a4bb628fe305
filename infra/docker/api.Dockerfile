# The API with both SPAs built in. Used by compose.yaml; production images come from here too.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY sdk/package.json sdk/
COPY web-shop/package.json web-shop/
COPY web-crm/package.json web-crm/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
# The process runs as `node`; it keeps its generated secret and local files under ./data.
RUN mkdir -p /app/data && chown node:node /app/data
EXPOSE 3000
USER node
CMD ["node", "api/dist/main.js"]
