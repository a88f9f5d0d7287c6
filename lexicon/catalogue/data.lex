# gapcheck technology catalogue: data (see gapcheck-lexicon(5)).
#
# Databases, search engines, data engineering, machine learning and data
# science, business intelligence and messaging.  Every entry names the
# public lists that attest it (source); "common" marks a name none of the
# lists has, added from common use in resumes and job ads.
#
# Five ids extend the backend role's skills of the same id (postgresql,
# mysql, mongodb, redis, kafka): here they get their kind, tag and source
# and only the spellings the role does not list; their rules and
# implications stay with the role.  Managed services of the cloud
# providers (DynamoDB, Redshift, BigQuery, Kinesis, SageMaker, ...) belong
# to the cloud catalogue.
#
# Implications: relational engines imply rdbms and sql (Access rdbms
# only); NoSQL stores imply nosql, caches caching; Hadoop,
# Spark, pipeline, orchestration and ETL tools imply data-engineering;
# learning libraries imply machine-learning; Python-only libraries imply
# python; Kafka-like platforms imply event-streaming.  Query engines and
# warehouses imply sql, not data-engineering (analysts query them too).
#
# Ambiguous spellings (oracle, access, spark, hive, pig, storm, beam,
# airflow, snowflake, pandas, tableau, sas, ...) count only in technical
# context; their example lines are in tests/lexicon/catalogue/data.tsv.
# A context rule here rules out every spelling of its entry, aliases
# included, so the rules name the other sense precisely and never an
# article or a preposition that a technical line would also use.

# ===========================================================================
# Relational databases: engines that speak SQL imply rdbms and sql.
# ===========================================================================

# --- Open-source engines -----------------------------------------------------
skill postgresql "PostgreSQL"
	kind database-relational
	source onet devicon simpleicons stackoverflow esco
	alias postgressql "postgresql server"
skill mysql "MySQL"
	kind database-relational
	source onet devicon simpleicons stackoverflow esco
	alias "mysql 5" "mysql 5.0" "mysql 5.1" "mysql 5.5" "mysql 5.6"
	alias "mysql 5.7" "mysql 8" "mysql 8.0"
	alias "mysql workbench" "mysql server"
skill mariadb "MariaDB"
	kind database-relational
	source onet devicon simpleicons stackoverflow
	alias mariadb "maria db"
	implies rdbms sql
skill sqlite "SQLite"
	kind database-relational
	source onet devicon simpleicons stackoverflow
	alias sqlite sqlite3
	implies rdbms sql
skill percona "Percona Server"
	kind database-relational
	source stackoverflow
	alias percona "percona server" "percona xtradb" "percona xtradb cluster" "percona toolkit"
	implies rdbms sql
skill firebird "Firebird"
	kind database-relational
	source devicon stackoverflow
	alias "firebird sql" "firebird database" "firebird db"
	ambiguous firebird
	# the Pontiac Firebird
	veto-before \b(?:pontiac|trans\s+am|restored|\d{4})\s+$
	implies rdbms sql
skill h2 "H2 Database"
	kind database-relational
	source simpleicons stackoverflow
	alias "h2 database" "h2 db" h2database "h2 in memory database"
	implies rdbms sql
skill hsqldb "HSQLDB"
	kind database-relational
	source stackoverflow
	alias hsqldb hypersql "hsql db"
	implies rdbms sql
skill derby "Apache Derby"
	kind database-relational
	source common
	alias "apache derby" derbydb
	implies rdbms sql
skill duckdb "DuckDB"
	kind database-relational
	source devicon simpleicons
	alias duckdb "duck db"
	implies rdbms sql
skill ingres "Ingres"
	kind database-relational
	source stackoverflow
	alias "ingres database" "actian ingres"
	implies rdbms sql
skill postgis "PostGIS"
	kind database-relational
	source stackoverflow
	alias postgis
	implies postgresql
skill citus "Citus"
	kind database-relational
	source stackoverflow
	alias citus citusdata "citus data"
	implies postgresql
skill edb-postgres "EDB Postgres Advanced Server"
	kind database-relational
	source simpleicons stackoverflow
	alias enterprisedb "edb postgres" "edb postgres advanced server" "postgres plus"
	implies postgresql
skill pgbouncer "PgBouncer"
	kind database-tool
	source stackoverflow
	alias pgbouncer "pg bouncer"
	implies postgresql
skill pgpool "Pgpool-II"
	kind database-tool
	source stackoverflow
	alias pgpool "pgpool ii"
	implies postgresql
skill patroni "Patroni"
	kind database-tool
	source common
	alias patroni
	implies postgresql
skill pgbackrest "pgBackRest"
	kind database-tool
	source common
	alias pgbackrest
	implies postgresql
skill vitess "Vitess"
	kind database-relational
	source devicon simpleicons
	alias vitess
	implies mysql

# --- Distributed SQL ---------------------------------------------------------
skill cockroachdb "CockroachDB"
	kind database-relational
	source stackoverflow
	alias cockroachdb "cockroach db"
	implies rdbms sql
skill yugabytedb "YugabyteDB"
	kind database-relational
	source devicon
	alias yugabytedb yugabyte "yugabyte db"
	implies rdbms sql
skill tidb "TiDB"
	kind database-relational
	source simpleicons stackoverflow
	alias tidb
	implies rdbms sql
skill singlestore "SingleStore"
	kind database-relational
	source simpleicons stackoverflow
	alias singlestore memsql singlestoredb
	implies rdbms sql
skill voltdb "VoltDB"
	kind database-relational
	source stackoverflow
	alias voltdb "volt db" "volt active data"
	implies rdbms sql
skill nuodb "NuoDB"
	kind database-relational
	source stackoverflow
	alias nuodb
	implies rdbms sql
skill planetscale "PlanetScale"
	kind database-relational
	source simpleicons
	alias planetscale
	implies mysql

# --- Commercial engines ------------------------------------------------------
skill sql-server "Microsoft SQL Server"
	kind database-relational
	source onet devicon stackoverflow esco
	alias "sql server 2000" "sql server 2005" "sql server 2008" "sql server 2008 r2" "sql server 2012"
	alias "sql server 2014" "sql server 2016" "sql server 2017" "sql server 2019" "sql server 2022"
	alias "ms sql server 2005" "ms sql server 2008" "ms sql server 2012" "mssql 2008" "mssql 2012"
	alias "sql server" "microsoft sql server" "ms sql server" "microsoft sql" mssql "ms sql" mssqlserver
	alias sqlserver "ms sqlserver" "sql server express" ssms "sql server management studio"
	alias "sql server dba" "sql server always on" "sql server agent"
	implies rdbms sql
skill oracle-database "Oracle Database"
	kind database-relational
	source onet devicon stackoverflow
	alias "oracle 8" "oracle 9" "oracle 10" "oracle 11" "oracle 12" "oracle 7" "oracle9i" "oracle10g"
	alias "oracle11g" "oracle 10g rac" "oracle 11g rac"
	alias "oracle database" "oracle databases" "oracle db" "oracle rdbms" "oracle dba" "oracle sql"
	alias "oracle 8i" "oracle 9i" "oracle 10g" "oracle 11g" "oracle 12c" "oracle 18c" "oracle 19c"
	alias "oracle 21c" "oracle 23c" "oracle 23ai" "oracle rac" "oracle exadata" exadata
	alias "oracle data guard" "oracle sql developer" sqlplus "sql*plus" "toad for oracle"
	alias "oracle asm" "oracle rman" rman "oracle enterprise manager" "oracle dbms"
	ambiguous oracle
	# Oracle the employer ("account executive with Oracle", "interned at
	# Oracle", "Oracle Corporation") and its business applications, which
	# are not the database ("Oracle Financials", "Oracle Fusion", "Oracle EBS")
	veto-before \b(?:at|joined|employed\s+by|worked\s+for|sold|sell|sells|selling|resold|reselling|(?:executive|representative|manager|partner|intern|director|recruiter|consultant|specialist|analyst)\s+(?:at|with|for))\s+$
	veto-after ^\s+(?:licen[cs]es?|licensing|sales|accounts?|partners?|partnership|corporation|corp|inc|america|cerner|netsuite|financials?|hcm|ebs|e\s+business|fusion|openworld|university|red\s+bull|park|arena)\b
	implies rdbms sql
skill db2 "IBM Db2"
	kind database-relational
	source onet stackoverflow esco
	alias db2 "ibm db2" "db2 udb" "db2 luw" "db2 z/os" "db2 for z/os" "udb db2"
	implies rdbms sql
skill sybase "Sybase ASE"
	kind database-relational
	source onet stackoverflow
	alias sybase "sybase ase" "sap ase" "adaptive server enterprise" "sap adaptive server enterprise"
	alias "sybase iq" "sap iq"
	implies rdbms sql
skill informix "IBM Informix"
	kind database-relational
	source onet stackoverflow esco
	alias informix "ibm informix"
	implies rdbms sql
skill teradata "Teradata"
	kind database-relational
	source onet simpleicons stackoverflow esco
	alias teradata "teradata database" "teradata sql" "teradata vantage" bteq fastload multiload tpump
	implies rdbms sql
skill sap-hana "SAP HANA"
	kind database-relational
	source stackoverflow
	alias "sap hana" "hana db" "hana studio" "sap hana studio"
	implies rdbms sql
skill interbase "InterBase"
	kind database-relational
	source simpleicons stackoverflow
	alias interbase "embarcadero interbase"
	implies rdbms sql
skill ms-access "Microsoft Access"
	kind database-relational
	source onet stackoverflow esco
	alias "microsoft access" "ms access" msaccess "access database" "access databases" "access db"
	alias "access vba" "microsoft access database"
	ambiguous access
	cue-after ^\s+(?:forms|queries|macros|reporting)\b
	# "access" is far more often the ordinary word, in technical lines too
	# ("read access to the warehouse", "access control", "API access"):
	# it counts only where a list or a cue puts it, not after another word
	# ("wheelchair access", "data access", "gained access").
	veto-before \b(?!(?:and|or|in|using|with|including|a|an|the|of|from|into)\b)[a-z0-9]+\s+$
	veto-after ^\s+(?:to|control|controls|management|patterns?|logs?|levels?|rights|privileges|permissions?|polic(?:y|ies)|keys?|tokens?|points?|requests?|roads?|ramps?|codes?|cards?|badges?)\b
	implies rdbms
skill filemaker "FileMaker"
	kind database-relational
	source onet stackoverflow
	alias filemaker "filemaker pro" "claris filemaker"
skill exasol "Exasol"
	kind database-relational
	source common
	alias exasol
	implies rdbms sql

# --- MPP analytic warehouses -------------------------------------------------
skill vertica "Vertica"
	kind database-relational
	source stackoverflow
	alias vertica "hp vertica" "micro focus vertica"
	implies rdbms sql
skill greenplum "Greenplum"
	kind database-relational
	source onet stackoverflow
	alias greenplum "greenplum database" "pivotal greenplum"
	implies rdbms sql
skill netezza "Netezza"
	kind database-relational
	source stackoverflow
	alias netezza "ibm netezza" "puredata netezza"
	implies rdbms sql

# --- Database administration tools -------------------------------------------
skill pgadmin "pgAdmin"
	kind database-tool
	source stackoverflow
	alias pgadmin3 "pgadmin 3" "pgadmin iii"
	alias pgadmin pgadmin4 "pgadmin 4"
	implies postgresql
skill phpmyadmin "phpMyAdmin"
	kind database-tool
	source simpleicons stackoverflow
	alias phpmyadmin
	implies mysql
skill dbeaver "DBeaver"
	kind database-tool
	source devicon simpleicons stackoverflow
	alias dbeaver
skill heidisql "HeidiSQL"
	kind database-tool
	source stackoverflow
	alias heidisql
skill navicat "Navicat"
	kind database-tool
	source stackoverflow
	alias navicat

# ===========================================================================
# NoSQL databases: document, key-value, wide-column, graph and time-series
# stores.  Stores imply nosql; caches imply caching.
# ===========================================================================

# --- Document stores ---------------------------------------------------------
skill mongodb "MongoDB"
	kind database-nosql
	source onet devicon simpleicons stackoverflow
	alias mongosh "mongo shell" "mongodb compass" "mongodb enterprise"
skill couchdb "Apache CouchDB"
	kind database-nosql
	source devicon simpleicons stackoverflow
	alias couchdb "apache couchdb" "couch db"
	implies nosql
skill couchbase "Couchbase"
	kind database-nosql
	source onet devicon simpleicons stackoverflow
	alias couchbase "couchbase server" "couchbase lite"
	implies nosql
skill pouchdb "PouchDB"
	kind database-nosql
	source stackoverflow
	alias pouchdb
	implies nosql
skill ravendb "RavenDB"
	kind database-nosql
	source stackoverflow
	alias ravendb "raven db"
	implies nosql
skill rethinkdb "RethinkDB"
	kind database-nosql
	source stackoverflow
	alias rethinkdb
	implies nosql
skill marklogic "MarkLogic"
	kind database-nosql
	source onet stackoverflow esco
	alias marklogic "marklogic server"
	implies nosql
skill faunadb "Fauna"
	kind database-nosql
	source devicon simpleicons stackoverflow
	alias faunadb "fauna db"
	implies nosql
skill surrealdb "SurrealDB"
	kind database-nosql
	source devicon simpleicons
	alias surrealdb
	implies nosql

# --- Wide-column stores ------------------------------------------------------
skill cassandra "Apache Cassandra"
	kind database-nosql
	source onet devicon simpleicons stackoverflow
	alias "apache cassandra" "cassandra db" "cassandra database" "cassandra query language"
	alias datastax "datastax enterprise" "datastax astra"
	ambiguous cassandra
	implies nosql
skill scylladb "ScyllaDB"
	kind database-nosql
	source simpleicons
	alias scylladb "scylla db"
	implies nosql
skill hbase "Apache HBase"
	kind database-nosql
	source onet simpleicons stackoverflow
	alias hbase "apache hbase"
	implies nosql hadoop
skill accumulo "Apache Accumulo"
	kind database-nosql
	source onet stackoverflow
	alias accumulo "apache accumulo"
	implies nosql
skill kudu "Apache Kudu"
	kind database-nosql
	source stackoverflow
	alias "apache kudu"
skill phoenix "Apache Phoenix"
	kind data
	source common
	alias "apache phoenix"
	implies hbase

# --- Key-value stores and caches ---------------------------------------------
skill redis "Redis"
	kind database-nosql
	source onet devicon simpleicons stackoverflow
	alias redisearch redisjson "redis enterprise" "redis stack" "redis streams"
skill valkey "Valkey"
	kind database-nosql
	source common
	alias valkey
	implies nosql
skill keydb "KeyDB"
	kind database-nosql
	source common
	alias keydb
	implies nosql
skill memcached "Memcached"
	kind database-nosql
	source devicon stackoverflow
	alias memcached memcache
	implies caching
skill hazelcast "Hazelcast"
	kind database-nosql
	source stackoverflow
	alias hazelcast "hazelcast imdg"
	implies caching
skill apache-ignite "Apache Ignite"
	kind database-nosql
	source stackoverflow
	alias "apache ignite" "gridgain"
	implies caching
skill apache-geode "Apache Geode"
	kind database-nosql
	source stackoverflow
	alias "apache geode" gemfire "pivotal gemfire" "vmware gemfire"
	implies caching
skill infinispan "Infinispan"
	kind database-nosql
	source stackoverflow
	alias infinispan "red hat data grid"
	implies caching
skill riak "Riak"
	kind database-nosql
	source stackoverflow
	alias riak "riak kv"
	implies nosql
skill aerospike "Aerospike"
	kind database-nosql
	source devicon stackoverflow
	alias aerospike
	implies nosql
skill rocksdb "RocksDB"
	kind database-nosql
	source devicon simpleicons stackoverflow
	alias rocksdb
	implies nosql
skill leveldb "LevelDB"
	kind database-nosql
	source stackoverflow
	alias leveldb
	implies nosql
skill lmdb "LMDB"
	kind database-nosql
	source stackoverflow
	alias lmdb
skill berkeley-db "Berkeley DB"
	kind database-nosql
	source stackoverflow
	alias "berkeley db" berkeleydb "oracle berkeley db"
	implies nosql
skill foundationdb "FoundationDB"
	kind database-nosql
	source stackoverflow
	alias foundationdb
	implies nosql
skill tikv "TiKV"
	kind database-nosql
	source common
	alias tikv
	implies nosql
skill tarantool "Tarantool"
	kind database-nosql
	source stackoverflow
	alias tarantool
	implies nosql

# --- Graph databases ---------------------------------------------------------
skill neo4j "Neo4j"
	kind database-nosql
	source onet devicon simpleicons stackoverflow
	alias neo4j "neo4j aura" "neo4j graph database"
	implies nosql
skill arangodb "ArangoDB"
	kind database-nosql
	source simpleicons stackoverflow
	alias arangodb "arango db"
	implies nosql
skill orientdb "OrientDB"
	kind database-nosql
	source stackoverflow
	alias orientdb
	implies nosql
skill janusgraph "JanusGraph"
	kind database-nosql
	source stackoverflow
	alias janusgraph
	implies nosql
skill tigergraph "TigerGraph"
	kind database-nosql
	source common
	alias tigergraph
	implies nosql
skill dgraph "Dgraph"
	kind database-nosql
	source simpleicons stackoverflow
	alias dgraph
	implies nosql
skill memgraph "Memgraph"
	kind database-nosql
	source common
	alias memgraph
	implies nosql
skill tinkerpop "Apache TinkerPop"
	kind database-nosql
	source stackoverflow
	alias tinkerpop "apache tinkerpop" "gremlin query language"
	implies nosql

# --- Time-series databases ---------------------------------------------------
skill influxdb "InfluxDB"
	kind database-nosql
	source devicon simpleicons stackoverflow
	alias influxdb "influx db" influxql
	implies nosql
skill timescaledb "TimescaleDB"
	kind database-nosql
	source simpleicons stackoverflow
	alias timescaledb "timescale db"
	ambiguous timescale
	implies postgresql
skill questdb "QuestDB"
	kind database-nosql
	source common
	alias questdb
skill opentsdb "OpenTSDB"
	kind database-nosql
	source stackoverflow
	alias opentsdb
	implies nosql
skill kdb "kdb+"
	kind database-nosql
	source stackoverflow
	alias kdb+ kdb "kx kdb+"

# --- Vector databases --------------------------------------------------------
skill pinecone "Pinecone"
	kind database-nosql
	source common
	alias "pinecone vector database" "pinecone db" "pinecone.io"
	ambiguous pinecone
skill weaviate "Weaviate"
	kind database-nosql
	source common
	alias weaviate
skill milvus "Milvus"
	kind database-nosql
	source simpleicons
	alias milvus zilliz
skill qdrant "Qdrant"
	kind database-nosql
	source simpleicons
	alias qdrant
skill chroma "Chroma"
	kind database-nosql
	source common
	alias chromadb "chroma db"
	ambiguous chroma
	veto-after ^\s+(?:key|keying|subsampling|values?|meter)\b
skill lancedb "LanceDB"
	kind database-nosql
	source common
	alias lancedb

# ===========================================================================
# Search engines.
# ===========================================================================
skill elasticsearch "Elasticsearch"
	kind search
	source onet devicon simpleicons stackoverflow
	alias elasticsearch "elastic search" "elasticsearch cluster"
skill opensearch "OpenSearch"
	kind search
	source simpleicons stackoverflow
	alias opensearch
skill solr "Apache Solr"
	kind search
	source onet simpleicons stackoverflow
	alias solr "apache solr" solrcloud
skill lucene "Apache Lucene"
	kind search
	source simpleicons stackoverflow
	alias lucene "apache lucene" "lucene.net"
skill meilisearch "Meilisearch"
	kind search
	source simpleicons
	alias meilisearch
skill typesense "Typesense"
	kind search
	source common
	alias typesense
skill algolia "Algolia"
	kind search
	source devicon simpleicons stackoverflow
	alias algolia
skill sphinx-search "Sphinx Search"
	kind search
	source common
	alias "sphinx search" sphinxsearch "sphinx search engine"
skill manticore-search "Manticore Search"
	kind search
	source common
	alias "manticore search" manticoresearch
skill vespa "Vespa"
	kind search
	source simpleicons stackoverflow
	alias vespa.ai "vespa engine"
	ambiguous vespa
	veto-after ^\s+(?:scooters?|motorcycles?|mopeds?|rides?|club|gts|primavera|sprint)\b
skill coveo "Coveo"
	kind search
	source stackoverflow
	alias coveo
skill xapian "Xapian"
	kind search
	source stackoverflow
	alias xapian
skill quickwit "Quickwit"
	kind search
	source common
	alias quickwit
skill nutch "Apache Nutch"
	kind search
	source stackoverflow
	alias "apache nutch" nutch

# ===========================================================================
# Data engineering: processing, orchestration, integration and warehousing.
# Processing and pipeline tools imply data-engineering; query engines and
# warehouses that speak SQL imply sql.
# ===========================================================================

# --- Hadoop ecosystem --------------------------------------------------------
skill hadoop "Apache Hadoop"
	kind data
	source onet devicon simpleicons stackoverflow esco
	alias hadoop "apache hadoop" "hadoop ecosystem" "hadoop cluster" "hadoop clusters"
	implies data-engineering
skill hdfs "HDFS"
	kind data
	source stackoverflow
	alias hdfs "hadoop distributed file system"
	implies hadoop data-engineering
skill mapreduce "MapReduce"
	kind data
	source stackoverflow
	alias mapreduce "map reduce" "hadoop mapreduce"
	implies data-engineering
skill hadoop-yarn "Hadoop YARN"
	kind data
	source onet
	alias "hadoop yarn" "apache hadoop yarn" "yarn cluster"
	implies hadoop
skill hive "Apache Hive"
	kind data
	source onet linguist simpleicons stackoverflow
	alias "apache hive" hiveql "hive ql" "hive sql" "hive metastore" "hive tables" "hive queries"
	ambiguous hive
	# bees, and "hive mind"
	veto-after ^\s+(?:inspections?|mind|beetles?|bees?|boxes|frames?|health)\b
	veto-line \b(?:bees?|beekeep\w*|apiar\w*|honey|queens?|swarms?|hives)\b
	implies hadoop data-engineering
skill pig "Apache Pig"
	kind data
	source onet linguist stackoverflow
	alias "apache pig" "pig scripts" "pig script"
	ambiguous pig "pig latin"
	veto-line \b(?:farms?|farming|livestock|hogs?|swine|pork|piglets?|barns?|roast|pigs)\b
	implies hadoop data-engineering
skill sqoop "Apache Sqoop"
	kind data
	source onet stackoverflow
	alias sqoop "apache sqoop"
	implies hadoop data-engineering
skill flume "Apache Flume"
	kind data
	source onet stackoverflow
	alias "apache flume"
	ambiguous flume
	veto-line \b(?:water|log\s+flume|rides?|amusement|hydraulics?|sediment|irrigation|canals?)\b
	implies hadoop data-engineering
skill oozie "Apache Oozie"
	kind data
	source onet stackoverflow
	alias oozie "apache oozie"
	implies hadoop data-engineering
skill tez "Apache Tez"
	kind data
	source stackoverflow
	alias "apache tez"
	implies hadoop
skill ambari "Apache Ambari"
	kind data
	source stackoverflow
	alias ambari "apache ambari"
	implies hadoop
skill zookeeper "Apache ZooKeeper"
	kind data
	source stackoverflow
	alias "apache zookeeper"
	ambiguous zookeeper
	veto-line \b(?:zoos?|animals?|enclosures?|exhibits?|aquarium|wildlife|keeper)\b
skill cloudera "Cloudera"
	kind data
	source simpleicons stackoverflow
	alias cloudera "cloudera cdh" "cloudera data platform" "cloudera manager"
	implies hadoop data-engineering
skill hortonworks "Hortonworks"
	kind data
	source stackoverflow
	alias hortonworks "hortonworks hdp" "hortonworks data platform"
	implies hadoop data-engineering
skill mapr "MapR"
	kind data
	source onet stackoverflow
	alias mapr "mapr converged data platform"
	implies hadoop data-engineering

# --- Spark and lakehouse -----------------------------------------------------
skill spark "Apache Spark"
	kind data
	source onet devicon simpleicons stackoverflow
	alias "apache spark" "spark streaming" "spark structured streaming" "structured streaming"
	alias "spark core" sparkr "spark mllib" mllib "spark jobs" "spark job" "spark cluster"
	alias "spark applications" "spark rdd" "spark rdds" "spark dataframes" "spark scala"
	ambiguous spark
	# "Spark plugs replaced", "spark joy", "Spark Driver" delivery app
	veto-after ^\s+(?:plugs?|arrestors?|gaps?|joy|interest|curiosity|creativity|conversations?|ideas?|change|innovation|driver\s+(?:app|program|platform)|delivery|deliveries|award|grant|ar)\b
	veto-before \b(?:helped|help|helping|helps|would|can|could|will|may|might|ignition|adobe|cisco|webex|walmart)\s+$
	implies data-engineering
skill pyspark "PySpark"
	kind data
	source onet stackoverflow
	alias pyspark "py spark"
	implies spark python data-engineering
skill spark-sql "Spark SQL"
	kind data
	source stackoverflow
	alias "spark sql" sparksql
	implies spark sql data-engineering
skill databricks "Databricks"
	kind data
	source simpleicons stackoverflow
	alias databricks "databricks lakehouse" "databricks notebooks" "unity catalog"
	alias "delta live tables" "databricks workflows" "databricks sql"
	implies spark data-engineering
skill delta-lake "Delta Lake"
	kind data
	source common
	alias "delta lake" "delta tables" "delta table"
	implies data-engineering
skill iceberg "Apache Iceberg"
	kind data
	source common
	alias "apache iceberg" "iceberg tables" "iceberg table"
	ambiguous iceberg
	veto-after ^\s+(?:lettuce|of|model|principle|effect)\b
	veto-before \btip\s+of\s+the\s+$
	implies data-engineering
skill hudi "Apache Hudi"
	kind data
	source common
	alias hudi "apache hudi"
	implies data-engineering
skill lakefs "lakeFS"
	kind data
	source common
	alias lakefs
skill alluxio "Alluxio"
	kind data
	source common
	alias alluxio
skill apache-arrow "Apache Arrow"
	kind data
	source simpleicons stackoverflow
	alias "apache arrow" pyarrow "arrow flight"

# --- Stream processing -------------------------------------------------------
skill flink "Apache Flink"
	kind data
	source simpleicons stackoverflow
	alias "apache flink" pyflink "flink sql"
	ambiguous flink
	implies data-engineering
skill storm "Apache Storm"
	kind data
	source simpleicons stackoverflow
	alias "apache storm" "storm topology" "storm topologies"
	ambiguous storm
	veto-after ^\s+(?:damage|drains?|drainage|water|season|chasers?|chasing|preparedness|response|recovery|restoration|cleanup|surge|shelters?|windows?|doors?|warnings?|watch|spotter|sewers?|names?|knocked|hit|caused|struck|damaged|flooded|outages?)\b
	veto-before \b(?:winter|ice|snow|tropical|severe|perfect|brain|after|during|before|(?:during|after|before|through|weathered|survived)\s+(?:a|the)\s+(?:\w+\s+)?)\s*$
	implies data-engineering
skill beam "Apache Beam"
	kind data
	source stackoverflow
	alias "apache beam" "beam pipelines" "beam pipeline" "beam sdk"
	ambiguous beam
	veto-after ^\s+(?:search|clamps?|splitters?|forming|steering|width|profil\w*|alignment|welding|bending|deflection|theory|loads?|columns?|structures?|routine|team)\b
	veto-before \b(?:steel|i|h|wooden|wood|support|laser|balance|electron|ion|light|high|low|proton|particle|floor|roof|ceiling|ridge|bearing|structural|neutron|x\s+ray)\s+$
	implies data-engineering
skill samza "Apache Samza"
	kind data
	source stackoverflow
	alias samza "apache samza"
	implies data-engineering
skill nifi "Apache NiFi"
	kind data
	source simpleicons stackoverflow
	alias nifi "apache nifi"
	implies data-engineering
skill debezium "Debezium"
	kind data
	source stackoverflow
	alias debezium
	implies data-engineering
skill streamsets "StreamSets"
	kind data
	source stackoverflow
	alias streamsets
	implies data-engineering

# --- Workflow orchestration --------------------------------------------------
skill airflow "Apache Airflow"
	kind data
	source onet devicon simpleicons stackoverflow
	alias "apache airflow" "airflow dags" "airflow dag" "airflow operators" "airflow scheduler"
	ambiguous airflow
	# heating and ventilation, respiration
	veto-line \b(?:hvac|ducts?|ductwork|dampers?|cfm|ventilat\w*|air\s+handl\w*|blowers?|furnaces?|respirat\w*|spirometry|laminar|fume\s+hoods?|cleanrooms?|airway|nasal|lungs?|wind\s+tunnel|cooling|(?:hot|cold)\s+aisles?)\b
	veto-after ^\s+(?:balancing|measurements?|rates?|velocity|resistance|readings?|restrictions?|obstruction)\b
	implies data-engineering
skill luigi "Luigi"
	kind data
	source stackoverflow
	alias "spotify luigi" "luigi pipelines" "luigi pipeline"
	ambiguous luigi
	implies data-engineering
skill prefect "Prefect"
	kind data
	source simpleicons
	alias prefecthq "prefect flows" "prefect cloud" "prefect orchestration"
	ambiguous prefect
	cue-after ^\s+(?:flows?|tasks?|for\s+(?:workflow|data|pipeline|etl|ml)\w*)\b
	# a school prefect
	veto-after ^\s+(?:of|at)\b
	veto-before \b(?:head|school|senior|house|deputy|boarding|form)\s+$
	implies data-engineering
skill dagster "Dagster"
	kind data
	source common
	alias dagster
	implies data-engineering
skill mage-ai "Mage"
	kind data
	source common
	alias mage.ai "mage ai"
	implies data-engineering
skill kestra "Kestra"
	kind data
	source common
	alias kestra
	implies data-engineering

# --- Transformation, ingestion and integration (ETL/ELT) ---------------------
skill dbt "dbt"
	kind data
	source common
	alias "dbt core" "dbt cloud" "data build tool" "dbt labs" "dbt models" "dbt model"
	ambiguous dbt
	# dialectical behavior therapy
	veto-after ^\s+(?:skills?|therapy|therapist|groups?|informed|coach\w*|sessions?|diary\s+cards?)\b
	veto-line \b(?:therap\w*|counsel\w*|dialectical|cbt|trauma|psychotherap\w*|distress\s+tolerance|emotion\s+regulation|mindfulness)\b
	implies sql data-engineering
skill sqlmesh "SQLMesh"
	kind data
	source common
	alias sqlmesh
	implies sql data-engineering
skill fivetran "Fivetran"
	kind data
	source common
	alias fivetran
	implies data-engineering
skill airbyte "Airbyte"
	kind data
	source simpleicons
	alias airbyte
	implies data-engineering
skill stitch "Stitch"
	kind data
	source common
	alias "stitch data" stitchdata
	implies data-engineering
skill meltano "Meltano"
	kind data
	source common
	alias meltano
	implies data-engineering
skill hevo "Hevo Data"
	kind data
	source common
	alias "hevo data"
	implies data-engineering
skill matillion "Matillion"
	kind data
	source simpleicons
	alias matillion
	implies data-engineering
skill talend "Talend"
	kind data
	source onet simpleicons stackoverflow
	alias talend "talend open studio" "talend data integration" "talend big data"
	implies data-engineering
skill informatica "Informatica"
	kind data
	source onet stackoverflow esco
	alias "informatica powercenter" powercenter "informatica cloud" iics "informatica etl"
	alias "informatica mdm" "informatica idq" "informatica data quality" "informatica developer"
	ambiguous informatica
	# Italian and Dutch for computer science: "Laurea in Ingegneria
	# Informatica", "Bachelor Informatica, Universiteit Utrecht"
	veto-before \b(?:ingegneria|laurea|scienze|bachelor|msc|bsc|docente|studente|corso\s+di|opleiding)\s+(?:in\s+)?$
	veto-line \b(?:universit[aà]|universiteit|hogeschool|politecnico|dipartimento|facolt[aà]|istituto|liceo)\b
	implies data-engineering
skill ssis "SQL Server Integration Services"
	kind data
	source stackoverflow esco
	alias ssis "sql server integration services"
	implies sql-server data-engineering
skill datastage "IBM DataStage"
	kind data
	source stackoverflow
	alias datastage "ibm datastage" "infosphere datastage"
	implies data-engineering
skill ab-initio "Ab Initio"
	kind data
	source onet stackoverflow
	alias "ab initio gde" "ab initio etl"
	ambiguous "ab initio"
	# ab initio calculations in chemistry and physics
	veto-after ^\s+(?:calculations?|methods?|molecular|simulations?|quantum|modell?ing|studies|study|computations?|predictions?|structure|dynamics|theory)\b
	veto-line \b(?:dft|density\s+functional|quantum|molecul\w*|chemistry|physics|gaussian|vasp)\b
	implies data-engineering
skill oracle-data-integrator "Oracle Data Integrator"
	kind data
	source onet stackoverflow esco
	alias "oracle data integrator"
	implies data-engineering
skill goldengate "Oracle GoldenGate"
	kind data
	source onet stackoverflow
	alias goldengate "oracle goldengate" "oracle golden gate"
	implies data-engineering
skill pentaho "Pentaho"
	kind data
	source onet stackoverflow esco
	alias pentaho "pentaho data integration" "pentaho kettle"
	implies data-engineering
skill gobblin "Apache Gobblin"
	kind data
	source common
	alias gobblin "apache gobblin"
	implies data-engineering

# --- Query engines and warehouses --------------------------------------------
skill snowflake "Snowflake"
	kind data
	source simpleicons stackoverflow
	alias "snowflake data warehouse" "snowflake db" "snowflake data cloud" "snowflake computing"
	alias snowpark snowpipe snowsql "snowflake warehouse" "snowflake sql"
	ambiguous snowflake
	# the schema shape, the weather, the insult, the ice cream parlour
	veto-after ^\s+(?:schemas?|models?|ice|cream|bakery|cafe|parlou?r|shop|ornaments?|decorations?|pattern|crafts?|generation)\b
	veto-before \b(?:star\s+and|star\s+or|star/|special|unique|little|paper|winter|like\s+a)\s*$
	implies sql
skill presto "Presto"
	kind data
	source simpleicons stackoverflow
	alias prestodb "presto db" "presto sql" prestosql
	ambiguous presto
	# the Presto transit card, tempo marking
	veto-after ^\s+(?:card|cards|fare|pizza|pasta|pesto)\b
	implies sql
skill trino "Trino"
	kind data
	source simpleicons
	alias trinodb "trino sql"
	ambiguous trino
	implies sql
skill starburst "Starburst"
	kind data
	source common
	alias "starburst data" "starburst galaxy" "starburst enterprise"
	implies trino
skill impala "Apache Impala"
	kind data
	source onet stackoverflow
	alias "apache impala" "cloudera impala" "impala sql"
	ambiguous impala
	veto-before \b(?:chevy|chevrolet|\d{4}|drove|drive|owned|restored)\s+$
	implies sql hadoop
skill drill "Apache Drill"
	kind data
	source stackoverflow
	alias "apache drill"
	implies sql
skill kylin "Apache Kylin"
	kind data
	source simpleicons stackoverflow
	alias "apache kylin"
	ambiguous kylin
skill druid "Apache Druid"
	kind data
	source simpleicons stackoverflow
	alias "apache druid" druiddb "druid db"
	ambiguous druid
	# the game class, the religious order
	veto-line \b(?:warcraft|dungeons|d&d|guild|healer|pagan|celtic|grove|druidry|druidic)\b
skill pinot "Apache Pinot"
	kind data
	source common
	alias "apache pinot"
	ambiguous pinot
	veto-after ^\s+(?:noir|grigio|gris|blanc|meunier|wines?)\b
	veto-line \b(?:wines?|winery|vineyards?|sommelier|tasting|bottles?|grapes?|vintage|cellar|chardonnay|merlot|cabernet)\b
skill clickhouse "ClickHouse"
	kind data
	source devicon simpleicons stackoverflow
	alias clickhouse "clickhouse cloud"
skill apache-doris "Apache Doris"
	kind data
	source simpleicons
	alias "apache doris"
skill starrocks "StarRocks"
	kind data
	source common
	alias starrocks
skill dremio "Dremio"
	kind data
	source common
	alias dremio
skill datafusion "Apache DataFusion"
	kind data
	source common
	alias datafusion "apache datafusion"

# --- Data quality, catalogues and governance ---------------------------------
skill great-expectations "Great Expectations"
	kind data
	source common
	ambiguous "great expectations"
	veto-before \b(?:dickens|read|reading|novel|book|studied|taught|teaching|exceeded|exceed|exceeding|set|had|has|have|high)\s+$
	veto-after ^\s+(?:by|of|from)\b
	implies data-engineering
skill apache-atlas "Apache Atlas"
	kind data
	source stackoverflow
	alias "apache atlas"
skill collibra "Collibra"
	kind data
	source common
	alias collibra
skill alation "Alation"
	kind data
	source common
	alias alation
skill openlineage "OpenLineage"
	kind data
	source common
	alias openlineage

# ===========================================================================
# Machine learning and data science.  Learning libraries imply
# machine-learning; Python-only libraries imply python.
# ===========================================================================

# --- Deep learning frameworks ------------------------------------------------
skill tensorflow "TensorFlow"
	kind ml
	source onet devicon simpleicons stackoverflow
	alias tensorflow "tensor flow" tensorflow2 "tensorflow lite" tflite tensorflow.js tfjs
	alias "tensorflow serving" tensorboard tfx "tensorflow extended"
	implies machine-learning
skill keras "Keras"
	kind ml
	source onet devicon simpleicons stackoverflow
	alias keras "keras tuner" tf.keras
	implies machine-learning python
skill pytorch "PyTorch"
	kind ml
	source onet devicon simpleicons stackoverflow
	alias pytorch "py torch" torchvision torchaudio torchtext libtorch "torch.nn"
	implies machine-learning
skill pytorch-lightning "PyTorch Lightning"
	kind ml
	source common
	alias "pytorch lightning" "lightning ai"
	implies pytorch machine-learning python
skill jax "JAX"
	kind ml
	source common
	alias "google jax" "jax/flax"
	ambiguous jax
	# Jacksonville's airport code and football team
	veto-after ^\s*,?\s+(?:airport|international|beach|fl|florida|jaguars|naval|port|teller)\b
	veto-line \bjacksonville\b
	implies machine-learning python
skill fastai "fastai"
	kind ml
	source common
	alias fastai fast.ai
	implies pytorch machine-learning python
skill mxnet "Apache MXNet"
	kind ml
	source onet stackoverflow
	alias mxnet "apache mxnet"
	implies machine-learning
skill caffe "Caffe"
	kind ml
	source stackoverflow
	alias caffe2 "caffe framework" "bvlc caffe"
	ambiguous caffe
	veto-line \b(?:coffee|espresso|baristas?|latte|cappuccino|cafe|menus?)\b
	implies machine-learning
skill theano "Theano"
	kind ml
	source stackoverflow
	alias theano
	implies machine-learning python
skill cntk "Microsoft Cognitive Toolkit"
	kind ml
	source stackoverflow
	alias cntk "microsoft cognitive toolkit"
	implies machine-learning
skill paddlepaddle "PaddlePaddle"
	kind ml
	source simpleicons stackoverflow
	alias paddlepaddle
	implies machine-learning
skill deeplearning4j "Deeplearning4j"
	kind ml
	source stackoverflow
	alias deeplearning4j dl4j
	implies machine-learning java
skill onnx "ONNX"
	kind ml
	source simpleicons
	alias onnx "onnx runtime" onnxruntime
	implies machine-learning
skill tensorrt "TensorRT"
	kind ml
	source stackoverflow
	alias tensorrt "nvidia tensorrt"
	implies machine-learning
skill rapids "RAPIDS"
	kind ml
	source common
	alias "nvidia rapids" "rapids ai" cudf cuml
	implies machine-learning

# --- Classical machine learning ----------------------------------------------
skill scikit-learn "scikit-learn"
	kind ml
	source onet devicon simpleicons stackoverflow
	alias "scikit learn" sklearn scikit "sci kit learn" scikitlearn
	implies machine-learning python
skill xgboost "XGBoost"
	kind ml
	source onet stackoverflow
	alias xgboost "xg boost"
	implies machine-learning
skill lightgbm "LightGBM"
	kind ml
	source stackoverflow
	alias lightgbm "light gbm"
	implies machine-learning
skill catboost "CatBoost"
	kind ml
	source stackoverflow
	alias catboost
	implies machine-learning
skill statsmodels "statsmodels"
	kind ml
	source stackoverflow
	alias statsmodels
	implies python
skill weka "Weka"
	kind ml
	source stackoverflow
	alias "weka toolkit" "weka data mining"
	ambiguous weka
	veto-line \b(?:bird\w*|zealand|wildlife|conservation)\b
	implies machine-learning
skill h2o "H2O.ai"
	kind ml
	source stackoverflow
	alias h2o.ai "h2o automl" "h2o driverless ai" "driverless ai"
	ambiguous h2o
	veto-line \b(?:water|chemistry|chemical|molecules?|hydration|plumbing|wellness|fitness)\b
	implies machine-learning
skill optuna "Optuna"
	kind ml
	source simpleicons
	alias optuna
	implies machine-learning python
skill hyperopt "Hyperopt"
	kind ml
	source common
	alias hyperopt
	implies machine-learning python
skill pycaret "PyCaret"
	kind ml
	source common
	alias pycaret
	implies machine-learning python
skill autogluon "AutoGluon"
	kind ml
	source common
	alias autogluon
	implies machine-learning python
skill prophet "Prophet"
	kind ml
	source stackoverflow
	alias "facebook prophet" fbprophet "meta prophet"
skill pymc "PyMC"
	kind ml
	source stackoverflow
	alias pymc pymc3 pymc4
	implies python

# --- Data analysis and visualization (Python, R) -----------------------------
skill pandas "pandas"
	kind ml
	source onet devicon simpleicons stackoverflow
	alias "python pandas" "pandas dataframes" "pandas dataframe" "pandas library"
	ambiguous pandas
	# the animals
	veto-line \b(?:zoos?|conservation|wildlife|bamboo|giant\s+pandas|red\s+pandas|animals?|habitats?|cubs?|sanctuary)\b
	implies python
skill numpy "NumPy"
	kind ml
	source onet linguist devicon simpleicons stackoverflow
	alias numpy "num py"
	implies python
skill scipy "SciPy"
	kind ml
	source onet simpleicons stackoverflow
	alias scipy "sci py"
	implies python
skill polars "Polars"
	kind ml
	source simpleicons
	alias "polars dataframe" "polars dataframes" py-polars
	ambiguous polars
	veto-line \b(?:bears?|arctic|expedition|ice|ursus)\b
skill dask "Dask"
	kind ml
	source simpleicons stackoverflow
	alias dask "dask distributed" "dask dataframe"
	implies python
skill ray "Ray"
	kind ml
	source simpleicons stackoverflow
	alias ray.io "ray tune" "ray serve" "ray rllib" rllib anyscale
	ambiguous ray
	# a first name or surname, X-rays, a fish
	veto-before \b(?:x|sun|gamma|manta|sting|cosmic|death|mr|ms|mrs|dr|sugar)\s+$
	veto-after ^\s+(?:trac(?:e|ed|er|ers|ing)|cast(?:ing|s)?|march(?:ing|er)?|optics|diagrams?)\b
	veto-after ^\s+(?:of\s+(?:light|hope|sunshine)|[a-z]+\s*,|ban|charles|allen|kroc)\b
	implies python
skill matplotlib "Matplotlib"
	kind ml
	source devicon stackoverflow
	alias matplotlib pyplot
	implies python
skill seaborn "Seaborn"
	kind ml
	source stackoverflow
	alias "seaborn library" "python seaborn"
	ambiguous seaborn
	# Seabourn and Seaborn cruises
	veto-line \b(?:cruises?|cruise\s+lines?|ships?|voyages?|yachts?|stewards?|cabins?|guests?|passengers?)\b
	implies python
skill plotly "Plotly"
	kind ml
	source devicon simpleicons stackoverflow
	alias plotly "plotly dash" "plotly express"
skill bokeh "Bokeh"
	kind ml
	source stackoverflow
	alias "bokeh library" "python bokeh"
	ambiguous bokeh
	veto-line \b(?:photo\w*|lens(?:es)?|aperture|portraits?|depth\s+of\s+field|camera|shots?|bokeh\s+effect|weddings?)\b
	implies python
skill jupyter "Jupyter"
	kind ml
	source onet linguist devicon simpleicons stackoverflow
	alias jupyter "jupyter notebook" "jupyter notebooks" jupyterlab "jupyter lab" jupyterhub ipython
skill google-colab "Google Colab"
	kind ml
	source devicon simpleicons stackoverflow
	alias "google colab" "google colaboratory" "colab notebooks" "colab notebook"
	ambiguous colab
	veto-after ^\s+(?:between|of)\b
skill zeppelin "Apache Zeppelin"
	kind ml
	source stackoverflow
	alias "apache zeppelin" "zeppelin notebooks" "zeppelin notebook"
skill tidyverse "tidyverse"
	kind ml
	source simpleicons stackoverflow
	alias tidyverse dplyr tidyr readr purrr tidymodels
skill ggplot2 "ggplot2"
	kind ml
	source stackoverflow
	alias ggplot2 ggplot
skill streamlit "Streamlit"
	kind ml
	source devicon simpleicons
	alias streamlit
	implies python
skill gradio "Gradio"
	kind ml
	source simpleicons
	alias gradio
	implies python
skill scikit-image "scikit-image"
	kind ml
	source stackoverflow
	alias "scikit image" skimage
	implies python

# --- Statistics packages -----------------------------------------------------
skill sas "SAS"
	kind ml
	source onet linguist stackoverflow
	alias "sas programming" "base sas" "sas base" "sas enterprise guide" "sas eg" "sas viya" "sas/stat"
	alias "sas macros" "sas macro" "sas studio" "sas enterprise miner" "sas di studio" "sas certified"
	alias "sas 9.4" "sas software" "sas analytics" "sas visual analytics" "sas programmer"
	ambiguous sas
	# the Special Air Service and Scandinavian Airlines, SAS drives and
	# controllers in storage, serial attached SCSI
	veto-after ^\s+(?:soldier|regiment|selection|trooper|operators?|airlines?|flights?|cabin|drives?|disks?|controllers?|hdds?|ssds?|expanders?|cables?|backplanes?|ports?|hbas?)\b
	veto-before \b(?:special\s+air\s+service|served\s+(?:in|with)\s+the|22|scandinavian|flew(?:\s+with)?|sata\s*(?:/|and|or)?|scsi)\s*$
	veto-line \b(?:regiment|scandinavian|raid\s+arrays?|hard\s+drives?|storage\s+arrays?)\b
skill spss "IBM SPSS"
	kind ml
	source onet devicon stackoverflow
	alias spss "ibm spss" "spss statistics" "spss modeler" "ibm spss modeler" "spss syntax"
skill stata "Stata"
	kind ml
	source linguist devicon stackoverflow
	alias stata
skill minitab "Minitab"
	kind ml
	source onet devicon stackoverflow
	alias minitab
skill eviews "EViews"
	kind ml
	source stackoverflow
	alias eviews
skill jmp "JMP"
	kind ml
	source onet stackoverflow
	alias "jmp pro" "sas jmp" "jmp statistical discovery" "jmp software"
	ambiguous jmp
	veto-after ^\s+(?:instructions?|tables?|opcodes?)\b
	veto-line \b(?:assembly|x86|opcodes?|registers?|nasm|masm)\b

# --- Natural language processing and LLMs ------------------------------------
skill spacy "spaCy"
	kind ml
	source onet simpleicons stackoverflow
	alias spacy
	implies python
skill nltk "NLTK"
	kind ml
	source stackoverflow
	alias nltk "natural language toolkit"
	implies python
skill gensim "Gensim"
	kind ml
	source stackoverflow
	alias gensim
	implies python
skill word2vec "word2vec"
	kind ml
	source stackoverflow
	alias word2vec "word 2 vec"
	implies machine-learning
skill bert "BERT"
	kind ml
	source common
	alias "bert model" "bert models" distilbert "bert base" "fine tuned bert" "fine tuning bert"
	ambiguous bert
	cue-before \bfine[\s-]*tun(?:e|ed|ing)\s+$
	cue-after ^\s+(?:embeddings?|models?|base|large|encoders?|classifiers?|fine[\s-]*tun\w*)\b
	implies machine-learning
skill hugging-face "Hugging Face"
	kind ml
	source simpleicons
	alias "hugging face" huggingface "hugging face hub" "huggingface hub" "hf hub" "hugging face datasets"
	implies machine-learning
skill transformers "Hugging Face Transformers"
	kind ml
	source common
	alias "hugging face transformers" "huggingface transformers" "transformers library"
	ambiguous transformers
	# power transformers, the toys and films
	veto-before \b(?:power|electrical|distribution|current|voltage|step\s+up|step\s+down|isolation|pad[\s-]+mounted|pole[\s-]+mounted|pole)\s+$
	veto-line \b(?:substations?|switchgear|transformer\s+testing|electrical|voltage|kva|mva|windings?|toys?|hasbro|autobots?|megatron)\b
	implies hugging-face machine-learning python
skill sentence-transformers "Sentence Transformers"
	kind ml
	source common
	alias "sentence transformers" sbert
	implies machine-learning python
skill langchain "LangChain"
	kind ml
	source simpleicons
	alias langchain "lang chain" langsmith
skill langgraph "LangGraph"
	kind ml
	source simpleicons
	alias langgraph
	implies langchain
skill llamaindex "LlamaIndex"
	kind ml
	source common
	alias llamaindex "llama index"
skill haystack "Haystack"
	kind ml
	source simpleicons
	alias "deepset haystack" "haystack nlp"
skill semantic-kernel "Semantic Kernel"
	kind ml
	source common
	alias "semantic kernel" "microsoft semantic kernel"
skill dspy "DSPy"
	kind ml
	source common
	alias dspy
skill crewai "CrewAI"
	kind ml
	source simpleicons
	alias crewai "crew ai"
skill openai-api "OpenAI API"
	kind ml
	source common
	alias "openai api" openai "openai apis" "openai sdk" "chatgpt api"
skill anthropic-api "Anthropic API"
	kind ml
	source common
	alias "anthropic api" "claude api" "anthropic sdk"
skill ollama "Ollama"
	kind ml
	source simpleicons
	alias ollama
skill vllm "vLLM"
	kind ml
	source simpleicons
	alias vllm
skill llama-cpp "llama.cpp"
	kind ml
	source common
	alias llama.cpp "llama cpp" ggml gguf
skill stable-diffusion "Stable Diffusion"
	kind ml
	source common
	alias "stable diffusion" sdxl
	implies machine-learning

# --- Computer vision ---------------------------------------------------------
skill opencv "OpenCV"
	kind ml
	source devicon simpleicons stackoverflow
	alias opencv "open cv" cv2
skill yolo "YOLO"
	kind ml
	source simpleicons
	alias yolov3 yolov4 yolov5 yolov7 yolov8 yolov9 yolov10 yolo11 ultralytics "yolo object detection"
	alias "yolo v3" "yolo v5" "yolo v8"
	ambiguous yolo
	cue-after ^\s+(?:models?|detectors?|object\s+detection)\b
	implies machine-learning
skill detectron2 "Detectron2"
	kind ml
	source common
	alias detectron2 detectron
	implies pytorch machine-learning
skill mediapipe "MediaPipe"
	kind ml
	source simpleicons
	alias mediapipe
	implies machine-learning

# --- MLOps: tracking, serving and pipelines ----------------------------------
skill mlflow "MLflow"
	kind ml
	source onet simpleicons
	alias mlflow "ml flow"
	implies machine-learning
skill kubeflow "Kubeflow"
	kind ml
	source onet devicon
	alias kubeflow "kubeflow pipelines"
	implies machine-learning kubernetes
skill wandb "Weights & Biases"
	kind ml
	source simpleicons
	alias wandb "weights & biases" "weights and biases"
	implies machine-learning
skill dvc "DVC"
	kind ml
	source simpleicons
	alias "data version control" dvc.org
	ambiguous dvc
	# Disney Vacation Club
	veto-line \b(?:disney|vacation|resorts?|timeshares?|guests?|members?hip)\b
skill bentoml "BentoML"
	kind ml
	source simpleicons
	alias bentoml
	implies machine-learning
skill seldon "Seldon Core"
	kind ml
	source common
	alias "seldon core" "seldon deploy"
	implies machine-learning
skill kserve "KServe"
	kind ml
	source common
	alias kserve kfserving
	implies machine-learning kubernetes
skill triton-inference-server "NVIDIA Triton Inference Server"
	kind ml
	source common
	alias "triton inference server" "nvidia triton" "triton server"
	implies machine-learning
skill torchserve "TorchServe"
	kind ml
	source common
	alias torchserve
	implies pytorch machine-learning

# --- Data science platforms --------------------------------------------------
skill dataiku "Dataiku"
	kind ml
	source simpleicons
	alias dataiku "dataiku dss"
	implies machine-learning
skill knime "KNIME"
	kind ml
	source simpleicons stackoverflow
	alias knime "knime analytics platform"
skill rapidminer "RapidMiner"
	kind ml
	source stackoverflow
	alias rapidminer "rapid miner"
	implies machine-learning
skill datarobot "DataRobot"
	kind ml
	source common
	alias datarobot
	implies machine-learning

# ===========================================================================
# Business intelligence and analytics.
# ===========================================================================

# --- Dashboards and reporting ------------------------------------------------
skill tableau "Tableau"
	kind bi
	source onet stackoverflow
	alias "tableau desktop" "tableau server" "tableau prep" "tableau online" "tableau cloud"
	alias "tableau public" "tableau dashboards" "tableau dashboard" "tableau reports" "tableau developer"
	ambiguous tableau
	# "a tableau of students", tableau vivant
	veto-after ^\s+(?:of|vivants?|vivant)\b
	veto-line \b(?:theatre|theater|drama|actors?|painting|mural|choreograph\w*|pageant)\b
skill power-bi "Microsoft Power BI"
	kind bi
	source onet stackoverflow
	alias "power bi" powerbi "microsoft power bi" "ms power bi" "power bi desktop" "power bi service"
	alias "power bi dashboards" "power bi reports" "power bi report server"
skill power-query "Power Query"
	kind bi
	source linguist stackoverflow
	alias "power query" "m query" "power query m"
skill power-pivot "Power Pivot"
	kind bi
	source stackoverflow
	alias "power pivot" powerpivot
skill dax "DAX"
	kind bi
	source stackoverflow
	alias "dax formulas" "dax measures" "dax queries" "data analysis expressions" "dax studio"
	ambiguous dax
	# the German stock index
	veto-line \b(?:stocks?|equit(?:y|ies)|frankfurt|futures|bourse|xetra|ftse|dow\s+jones|s&p)\b
skill looker "Looker"
	kind bi
	source linguist simpleicons stackoverflow
	alias lookml "google looker" "looker dashboards" "looker dashboard" "looker explores"
	ambiguous looker
	# "a real looker", an onlooker
	veto-before \b(?:real|good|quite\s+a)\s+$
skill looker-studio "Looker Studio"
	kind bi
	source stackoverflow
	alias "looker studio" "google data studio"
skill qlik "Qlik"
	kind bi
	source onet simpleicons stackoverflow
	alias qlik qlikview "qlik view" "qlik sense" qliksense "qlik replicate" "qlik cloud"
skill microstrategy "MicroStrategy"
	kind bi
	source onet simpleicons stackoverflow
	alias microstrategy "micro strategy"
skill cognos "IBM Cognos"
	kind bi
	source onet stackoverflow
	alias cognos "ibm cognos" "cognos analytics" "cognos bi" "cognos tm1" tm1
skill superset "Apache Superset"
	kind bi
	source simpleicons stackoverflow
	alias "apache superset" "superset dashboards"
	ambiguous superset
	veto-before \b(?:strict|proper)\s+$
	veto-after ^\s+of\b
skill metabase "Metabase"
	kind bi
	source simpleicons stackoverflow
	alias metabase
skill redash "Redash"
	kind bi
	source simpleicons stackoverflow
	alias redash
skill sisense "Sisense"
	kind bi
	source common
	alias sisense
skill domo "Domo"
	kind bi
	source stackoverflow
	alias "domo bi" "domo dashboards" "domo analytics"
	ambiguous domo
	veto-after ^\s+arigato\b
skill spotfire "TIBCO Spotfire"
	kind bi
	source onet stackoverflow
	alias spotfire "tibco spotfire"
skill thoughtspot "ThoughtSpot"
	kind bi
	source common
	alias thoughtspot
skill mode-analytics "Mode Analytics"
	kind bi
	source common
	alias "mode analytics"
skill sigma-computing "Sigma Computing"
	kind bi
	source common
	alias "sigma computing"
skill crystal-reports "Crystal Reports"
	kind bi
	source onet stackoverflow
	alias "crystal report" crystalreports "sap crystal report" crystalreports.net "crystal reports.net"
	alias "crystal reports xi" "crystal reports 2008"
	alias "crystal reports" "sap crystal reports"
skill ssrs "SQL Server Reporting Services"
	kind bi
	source stackoverflow
	alias ssrs "sql server reporting services"
	implies sql-server
skill ssas "SQL Server Analysis Services"
	kind bi
	source onet stackoverflow
	alias ssas "sql server analysis services"
	implies sql-server
skill businessobjects "SAP BusinessObjects"
	kind bi
	source onet stackoverflow
	alias "universe design tool" "universe designer" "information design tool" "bo universe"
	alias "business objects universe" "business objects reporting" "bo universes"
	# "business objects" is also the classes of an application's domain
	# layer ("designed the business objects and DAOs")
	ambiguous "business objects"
	veto-before \b(?:java|domain|custom|core|reusable|plain|\.net|c#|entity)\s+$
	veto-after ^\s*(?:layers?|classes|class|models?|and\s+(?:daos?|data\s+access)|(?:are|were)\s+(?:mapped|persisted))\b
	alias businessobjects "sap businessobjects" "sap business objects" "sap bo" "sap bobj" "business objects xi"
skill obiee "Oracle Business Intelligence"
	kind bi
	source onet stackoverflow
	alias obiee "oracle business intelligence" "oracle bi" "oracle analytics" "oracle bi publisher"
skill essbase "Oracle Essbase"
	kind bi
	source onet stackoverflow
	alias essbase "oracle essbase" "hyperion essbase"
skill jaspersoft "Jaspersoft"
	kind bi
	source stackoverflow
	alias jaspersoft jasperreports "jasper reports"
skill birt "Eclipse BIRT"
	kind bi
	source onet
	alias "eclipse birt" "actuate birt" "birt reports"
skill alteryx "Alteryx"
	kind bi
	source onet stackoverflow
	alias alteryx "alteryx designer"

# --- Web and product analytics -----------------------------------------------
skill google-analytics "Google Analytics"
	kind bi
	source onet simpleicons stackoverflow
	alias "google analytics" ga4 "universal analytics" "google analytics 4"
skill adobe-analytics "Adobe Analytics"
	kind bi
	source onet stackoverflow
	alias "adobe analytics" omniture "adobe sitecatalyst" sitecatalyst
skill mixpanel "Mixpanel"
	kind bi
	source simpleicons stackoverflow
	alias mixpanel
skill amplitude "Amplitude"
	kind bi
	source common
	alias "amplitude analytics"
	ambiguous amplitude
	veto-after ^\s+(?:of|modulation|and\s+(?:phase|frequency))\b
	veto-before \b(?:high|low|peak|signal|wave|pulse|vibration|voltage|increased|decreased)\s+$

# ===========================================================================
# Messaging: brokers and queues.  Kafka-like platforms carry the
# event-streaming tag and imply it.
# ===========================================================================
skill kafka "Apache Kafka"
	kind messaging
	tag event-streaming
	source onet devicon simpleicons stackoverflow
	alias "kafka streaming" mirrormaker "kafka mirrormaker"
skill confluent "Confluent Platform"
	kind messaging
	tag event-streaming
	source stackoverflow
	alias "confluent platform" "confluent cloud" "confluent schema registry"
	ambiguous confluent
	veto-after ^\s+(?:rash|lesions?|pneumonia|monolayers?|cells|cultures?|flasks?)\b
	veto-line \b(?:rash|lesions?|dermat\w*|monolayers?|rivers?)\b
	implies kafka event-streaming
skill pulsar "Apache Pulsar"
	kind messaging
	tag event-streaming
	source devicon simpleicons stackoverflow
	alias "apache pulsar" "pulsar functions"
	ambiguous pulsar
	veto-line \b(?:astronom\w*|astrophysic\w*|telescopes?|radio\s+observ\w*|neutron\s+stars?|timing\s+arrays?|galax\w*)\b
	implies event-streaming
skill redpanda "Redpanda"
	kind messaging
	tag event-streaming
	source common
	alias redpanda "redpanda data"
	implies event-streaming
skill rabbitmq "RabbitMQ"
	kind messaging
	source onet devicon simpleicons stackoverflow
	alias rabbitmq "rabbit mq"
skill activemq "Apache ActiveMQ"
	kind messaging
	source stackoverflow
	alias activemq "apache activemq" "active mq"
skill artemis "ActiveMQ Artemis"
	kind messaging
	source stackoverflow
	alias "activemq artemis" "apache artemis" "artemis mq"
skill zeromq "ZeroMQ"
	kind messaging
	source stackoverflow
	alias zeromq zmq 0mq "zero mq"
skill nats "NATS"
	kind messaging
	source devicon simpleicons stackoverflow
	alias nats.io "nats jetstream" "nats streaming" "nats server"
	ambiguous nats
	# National Air Traffic Services
	veto-line \b(?:air\s+traffic|atc|aviation|airspace|swanwick|prestwick)\b
skill rocketmq "Apache RocketMQ"
	kind messaging
	source simpleicons stackoverflow
	alias rocketmq "apache rocketmq"
skill mosquitto "Eclipse Mosquitto"
	kind messaging
	source simpleicons stackoverflow
	alias "eclipse mosquitto" "mosquitto broker" "mosquitto mqtt"
	ambiguous mosquitto
	veto-line \b(?:mosquito\s+nets?|bed\s*nets?|bites?|repellent|malaria|larva\w*|control\s+district|vector\s+control|insects?|pests?)\b
skill emqx "EMQX"
	kind messaging
	source common
	alias emqx
skill hivemq "HiveMQ"
	kind messaging
	source simpleicons stackoverflow
	alias hivemq
skill ibm-mq "IBM MQ"
	kind messaging
	source onet stackoverflow
	# "MQ" alone is IBM MQ in job ads and resumes; a bare acronym
	ambiguous mq
	alias "ibm mq" "websphere mq" "ibm websphere mq" mqseries "mq series"
skill tibco-ems "TIBCO EMS"
	kind messaging
	source stackoverflow
	alias "tibco ems" "tibco enterprise message service"
skill tibco-rendezvous "TIBCO Rendezvous"
	kind messaging
	source stackoverflow
	alias "tibco rendezvous" "tibco rv"
skill solace "Solace PubSub+"
	kind messaging
	source stackoverflow
	alias "solace pubsub+" "solace message broker" "solace broker"
	ambiguous solace
	veto-before \b(?:find|found|finding|took|take|taking|brought|bring|bringing|offer\w*|provid\w*|gave|give|giving)\s+$
skill msmq "MSMQ"
	kind messaging
	source stackoverflow
	alias msmq "microsoft message queuing"
skill qpid "Apache Qpid"
	kind messaging
	source stackoverflow
	alias qpid "apache qpid"
skill nsq "NSQ"
	kind messaging
	source stackoverflow
	alias nsq
skill beanstalkd "beanstalkd"
	kind messaging
	source stackoverflow
	alias beanstalkd
	implies background-jobs
skill jms "Java Message Service"
	kind messaging
	source stackoverflow
	alias jms "java message service" "jakarta messaging"
	implies java
skill nservicebus "NServiceBus"
	kind messaging
	source stackoverflow
	alias nservicebus
	implies dotnet
skill masstransit "MassTransit"
	kind messaging
	source stackoverflow
	alias masstransit
	implies dotnet

# ===========================================================================
# More database tools, BI, integration and schedulers
# ===========================================================================

# A toad is also an amphibian.
skill toad "Toad"
	kind database-tool
	source onet stackoverflow
	alias "quest toad" "toad data point" "toad for sql server" "toad for mysql" "toad for db2"
	ambiguous toad
	veto-before \b(?:cane|horned|common|natterjack|poisonous|mr\.?|frog\s+(?:and|or|&))\s+$
	veto-after ^\s*(?:hall|stools?|lily|lilies|species|populations?|habitats?|spawn|in\s+the\s+hole)\b
skill oracle-apex "Oracle APEX"
	kind database-tool
	source stackoverflow
	alias "oracle apex" "oracle application express" "application express"
	implies oracle-database
skill oracle-forms "Oracle Forms"
	kind database-tool
	source stackoverflow
	alias "oracle forms" "oracle forms and reports" "oracle forms 6i" "oracle developer suite"
	implies oracle-database
skill sqlyog "SQLyog"
	kind database-tool
	source stackoverflow
	alias sqlyog
	implies mysql
skill sql-workbench "SQL Workbench/J"
	kind database-tool
	source stackoverflow
	alias "sql workbench" "sql workbench/j" sqlworkbench
skill qmf "IBM QMF"
	kind database-tool
	source common
	alias qmf "ibm qmf" "query management facility"
	implies db2
skill spufi "SPUFI"
	kind database-tool
	source common
	alias spufi
	implies db2
skill case-studio "CASE Studio"
	kind database-tool
	source common
	alias "case studio" "case studio 2" "case studio 2.0"
skill xcelsius "SAP Crystal Xcelsius (SAP Dashboards)"
	kind bi
	source onet stackoverflow
	alias xcelsius "sap xcelsius" "crystal xcelsius" "sap dashboards"
# The mule is also the animal and a drug courier.
skill mulesoft "MuleSoft Anypoint Platform (Mule ESB)"
	kind messaging
	source onet stackoverflow
	alias mulesoft "mule soft" "mule esb" "mule runtime" "mule 3" "mule 4" "anypoint platform"
	alias "anypoint studio" "mule anypoint studio" "mule studio" "mule anypoint" cloudhub "cloud hub"
	alias "mule api manager" "anypoint api manager" apikit "mule apikit" "mule api" "mule server"
	alias "mule esb server" "mule cloudhub" "mule dataweave" dataweave
	ambiguous mule anypoint
	veto-before \b(?:drug|cash|money|pack|stubborn)\s+$
	veto-after ^\s*(?:deer|trains?|trails?|rides?|team|kick|skinner|accounts?|deliveries)\b
# TIBCO the company ("worked at TIBCO") is not one product.
skill tibco-businessworks "TIBCO BusinessWorks"
	kind messaging
	source stackoverflow
	alias "tibco businessworks" "tibco bw" "tibco business works" "tibco designer"
	alias "tibco adapters" "tibco administrator"
	ambiguous tibco
	veto-before \b(?:at|joined)\s+$
	veto-after ^\s*(?:software\s+inc|inc|corporation|sales|partners?|spotfire|jaspersoft)\b
skill oracle-service-bus "Oracle Service Bus"
	kind messaging
	source stackoverflow
	alias "oracle service bus" "oracle esb" "aqualogic service bus"
	ambiguous osb
skill autosys "AutoSys"
	kind data
	source stackoverflow
	alias autosys "ca autosys" "autosys jil" "autosys workload automation"
skill control-m "Control-M"
	kind data
	source onet stackoverflow
	alias "control m" "bmc control m" "control m scheduler"
skill ca7 "CA 7 Workload Automation"
	kind data
	source common
	alias ca7 "ca 7 scheduler" "ca 7 workload automation"
	ambiguous "ca 7"
skill cplex "IBM ILOG CPLEX"
	kind ml
	source onet stackoverflow
	alias cplex "ibm cplex" "ilog cplex" "cplex optimizer" "cplex optimization studio"
skill gnuplot "gnuplot"
	kind ml
	source onet stackoverflow
	alias gnuplot
skill mleap "MLeap"
	kind ml
	source stackoverflow
	alias mleap
# Singer the open-source ETL specification; a singer is also a vocalist.
skill singer "Singer (ETL)"
	kind data
	source common
	alias singer.io "singer taps" "singer tap" "singer targets"
	ambiguous singer
	veto-before \b(?:lead|backup|back\s+up|backing|opera|gospel|jazz|choir|session|famous|pop|wedding)\s+$
	veto-after ^\s*(?:songwriter|and\s+(?:songwriter|actor|actress|dancer|musician)|sewing|machines?)\b
	veto-line \b(?:choir|vocals?|songs?|music|band|concerts?|sewing)\b
skill pipelinewise "PipelineWise"
	kind data
	source common
	alias pipelinewise
skill file-aid "File-AID"
	kind database-tool
	source common
	alias "file aid" "compuware file aid"
