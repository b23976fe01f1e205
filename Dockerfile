# Multi-stage build on the official .NET 10 images. Data (SQLite database, key ring) lives in the /data volume.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# npm: the build installs GraphiQL and React for /graphiql from the npm registry (src/TraumaBondCms.Web/ClientAssets).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY . .
RUN dotnet publish src/TraumaBondCms.Web/TraumaBondCms.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data && chown app:app /data
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    Cms__DataPath=/data
VOLUME ["/data"]
# Probe GET /healthz from the orchestrator (the runtime image has no curl for a HEALTHCHECK).
EXPOSE 8080
ENTRYPOINT ["dotnet", "TraumaBondCms.Web.dll"]
