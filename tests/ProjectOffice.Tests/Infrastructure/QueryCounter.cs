using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ProjectOffice.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core runs against one test database while it is alive. Other test classes run in
/// parallel on databases of their own, so commands are told apart by the database they went to.
/// </summary>
public sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string database;
    private readonly IDisposable allListeners;
    private readonly List<IDisposable> subscriptions = [];
    private readonly List<string> commands = [];

    public QueryCounter(string connectionString)
    {
        database = new NpgsqlConnectionStringBuilder(connectionString).Database ?? "";
        allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count
    {
        get
        {
            lock (commands)
            {
                return commands.Count;
            }
        }
    }

    /// <summary>The SQL of every command so far, for a failing assertion to show.</summary>
    public string Log
    {
        get
        {
            lock (commands)
            {
                return string.Join("\n---\n", commands);
            }
        }
    }

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
            && Of(data.Command) == database)
        {
            lock (commands)
            {
                commands.Add(data.Command.CommandText);
            }
        }
    }

    private static string? Of(DbCommand command) => command.Connection?.Database;

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
