# One image for every stage: the command selects it.
#   docker build -t newsflow .
#   docker run --rm newsflow ingest|enrich|sink|topics create|health|--help
# docker-compose.yml runs the cluster; README "Run on a cluster" has the details.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY model model
COPY runtime runtime
COPY embedded-kafka embedded-kafka
COPY ingest ingest
COPY enrich enrich
COPY sink sink
COPY cli cli
RUN mvn -B -q -Dstyle.color=never -DskipTests -pl cli -am package

FROM eclipse-temurin:17-jre
# a fixed non-root user in group 0, and group-writable folders, so that the stage also runs under another uid
# (docker-compose runs ingest as the owner of ./inbox) and named volumes start out writable
RUN useradd --uid 10001 --gid 0 --no-create-home --home-dir /var/lib/newsflow --shell /usr/sbin/nologin newsflow \
    && mkdir -p /opt/newsflow /inbox /var/lib/newsflow/ingest /var/lib/newsflow/enrich /var/lib/newsflow/sink \
    && chown -R 10001:0 /inbox /var/lib/newsflow \
    && chmod -R g+rwX /inbox /var/lib/newsflow
COPY --from=build /src/cli/target/newsflow.jar /opt/newsflow/newsflow.jar
ENV NEWSFLOW_OPS_BIND_ADDRESS=0.0.0.0 \
    NEWSFLOW_OPS_PORT=8080 \
    NEWSFLOW_INGEST_INBOX_DIR=/inbox \
    NEWSFLOW_INGEST_DATA_DIR=/var/lib/newsflow/ingest \
    NEWSFLOW_ENRICH_STATE_DIR=/var/lib/newsflow/enrich \
    NEWSFLOW_SINK_STATE_DIR=/var/lib/newsflow/sink
USER 10001
WORKDIR /var/lib/newsflow
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
