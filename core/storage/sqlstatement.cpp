#include "sqlstatement.h"

#include "common/logging.h"
#include "sqldialect.h"
#include "storageerror.h"

#include <QSqlDriver>
#include <QSqlError>

#include <limits>

namespace keyward {

qint64 sqlLimit(int limit)
{
    return limit < 0 ? std::numeric_limits<qint64>::max() : limit;
}

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(QStringLiteral("prepare"));
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString would be bound as SQL NULL; Keyward stores absent text as ''.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(QLatin1String("")));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

SqlStatement &SqlStatement::exec()
{
    if (!m_query.exec())
        fail(QStringLiteral("execute"));
    return *this;
}

qint64 SqlStatement::insertReturningId()
{
    exec();
    if (!m_query.next())
        throw StorageError(StorageError::Kind::Other, QStringLiteral("INSERT … RETURNING gave no row: ") + m_sql);
    return m_query.value(0).toLongLong();
}

QVariant SqlStatement::scalar()
{
    exec();
    return m_query.next() ? m_query.value(0) : QVariant();
}

void SqlStatement::fail(const QString &what) const
{
    const QSqlError error = m_query.lastError();
    const SqlDialect dialect(m_query.driver() && m_query.driver()->dbmsType() == QSqlDriver::PostgreSQL
                                 ? SqlDialect::Kind::Postgres
                                 : SqlDialect::Kind::Sqlite);
    StorageError::Kind kind = StorageError::Kind::Other;
    if (dialect.isUniqueViolation(error))
        kind = StorageError::Kind::UniqueViolation;
    else if (dialect.isConnectionFailure(error))
        kind = StorageError::Kind::Unavailable;
    // The SQL text is safe to log (values are bound, never interpolated); the values are not.
    qCWarning(lcStorage).noquote() << "cannot" << what << "statement:" << error.text() << "SQL:" << m_sql;
    throw StorageError(kind,
                       QStringLiteral("database error (%1): %2")
                           .arg(what, error.databaseText().isEmpty() ? error.text() : error.databaseText()));
}

} // namespace keyward
