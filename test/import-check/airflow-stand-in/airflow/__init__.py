"""A stand-in for Apache Airflow's command line, for dagship's tests only.

It implements the few commands dagship's import check runs -- ``airflow version``,
``airflow dags list-import-errors`` and ``airflow dags report`` -- with the options and the
``--output json`` shapes of Airflow 2 (``-S/--subdir``) and Airflow 3 (``-l/--local``, the
database form), chosen by AIRFLOW_STAND_IN_VERSION. It never imports a DAG file: it compiles
each one with Python's own compiler (a syntax error is an import error) and reads its imports
with ``ast``, reporting the modules named in AIRFLOW_STAND_IN_MISSING_MODULES as missing, the
way an environment without a package would.
"""
