using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using ProjectOffice.Data;
using ProjectOffice.Domain.Notifications;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>
/// Delivers due letters of the outbox. A batch is claimed with <c>FOR UPDATE SKIP LOCKED</c> and leased (status Sending
/// until a time), so two portal instances never take the same letter, and a sender that dies mid-batch leaves its letters
/// to be claimed again when the lease ends. A recipient the server refuses fails that letter only; a server that cannot be
/// reached puts the batch back with a growing delay, and nothing is lost.
/// </summary>
public sealed class MailDelivery(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailDelivery> log)
{
    /// <summary>Sends one batch of due letters; returns how many letters it dealt with (0: nothing was due).</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var letters = await db.MailLetters.FromSqlInterpolated($"""
            UPDATE "MailLetters" SET "Status" = 2, "LockedUntil" = {now + settings.Lease}
            WHERE "Id" IN (
                SELECT "Id" FROM "MailLetters"
                WHERE "Status" IN (1, 2) AND "NextAttemptAt" <= {now} AND ("Status" = 1 OR "LockedUntil" < {now})
                ORDER BY "NextAttemptAt", "Id"
                LIMIT {settings.BatchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).AsNoTracking().ToListAsync(ct);
        if (letters.Count == 0)
        {
            return 0;
        }

        using var smtp = new SmtpClient { Timeout = (int)settings.Smtp.Timeout.TotalMilliseconds };
        try
        {
            await smtp.ConnectAsync(await ConnectSocketAsync(settings.Smtp, ct), settings.Smtp.Host!, settings.Smtp.Port, Security(settings.Smtp.Security), ct);
            if (!string.IsNullOrEmpty(settings.Smtp.User))
            {
                await smtp.AuthenticateAsync(settings.Smtp.User, settings.Smtp.Password ?? "", ct);
            }
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            log.LogWarning("The SMTP server {Host}:{Port} cannot be reached ({Problem}); {Count} letters wait", settings.Smtp.Host, settings.Smtp.Port, ex.Message, letters.Count);
            foreach (var letter in letters)
            {
                await RetryLaterAsync(db, letter, ex.Message, ct);
            }

            return letters.Count;
        }

        // Sent letters are marked in one UPDATE per few letters, not one round trip each; a crash between the server's
        // «250» and the mark sends at most that many again after the lease, with the same Message-Id.
        var sent = new List<long>(SentMarkEvery);
        try
        {
            await SendAllAsync(db, smtp, letters, settings, sent, ct);
        }
        finally
        {
            await MarkSentAsync(db, sent);
        }

        try
        {
            await smtp.DisconnectAsync(true, ct);
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            log.LogDebug("QUIT failed after the batch: {Problem}", ex.Message);
        }

        return letters.Count;
    }

    private const int SentMarkEvery = 25;

    private async Task SendAllAsync(AppDbContext db, SmtpClient smtp, List<MailLetter> letters, MailOptions settings, List<long> sent, CancellationToken ct)
    {
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            try
            {
                await smtp.SendAsync(Message(letter, settings), ct);
                sent.Add(letter.Id);
                if (sent.Count >= SentMarkEvery)
                {
                    await MarkSentAsync(db, sent);
                }
            }
            catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
            {
                // The server's final «no» for this letter (an unknown mailbox…): trying again will not help, the others go on.
                log.LogWarning("Letter {Id} to {Address} refused: {Code} {Answer}", letter.Id, letter.ToAddress, (int)ex.StatusCode, ex.Message);
                await FailAsync(db, letter, $"{(int)ex.StatusCode} {ex.Message}", ct);
            }
            catch (SmtpCommandException ex)
            {
                await RetryLaterAsync(db, letter, $"{(int)ex.StatusCode} {ex.Message}", ct);
            }
            catch (Exception ex) when (IsTransient(ex))
            {
                // The connection broke: this letter and the rest of the batch wait for the server.
                log.LogWarning("The SMTP connection broke ({Problem}); {Count} letters wait", ex.Message, letters.Count - i);
                foreach (var rest in letters.Skip(i))
                {
                    await RetryLaterAsync(db, rest, ex.Message, CancellationToken.None);
                }

                return;
            }
        }
    }

    /// <summary>Marks the letters the server accepted as sent, and empties the list.</summary>
    private async Task MarkSentAsync(AppDbContext db, List<long> sent)
    {
        if (sent.Count == 0)
        {
            return;
        }

        var ids = sent.ToArray();
        sent.Clear();
        // Not cancellable: the server has the letters, the outbox must say so.
        await db.MailLetters.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, MailStatus.Sent)
            .SetProperty(m => m.SentAt, clock.GetUtcNow())
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
    }

    /// <summary>Sends until nothing is due now (the <c>send-mail</c> verb and the benchmark); returns the number dealt with.</summary>
    public async Task<int> DrainAsync(CancellationToken ct)
    {
        var total = 0;
        for (var n = await SendDueAsync(ct); n > 0; n = await SendDueAsync(ct))
        {
            total += n;
        }

        return total;
    }

    public static MimeMessage Message(MailLetter letter, MailOptions settings)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(new MailboxAddress(letter.ToName, letter.ToAddress));
        message.Subject = letter.Subject;
        // The outbox id makes the Message-Id, so a letter sent twice after a crash is recognised as one by mail servers.
        message.MessageId = $"letter-{letter.Id}@{message.From.Mailboxes.First().Domain}";
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (letter.UnsubscribeUrl is { } url)
        {
            message.Headers.Add("List-Unsubscribe", $"<{url}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        message.Body = new BodyBuilder { TextBody = letter.TextBody, HtmlBody = letter.HtmlBody }.ToMessageBody();
        return message;
    }

    private async Task RetryLaterAsync(AppDbContext db, MailLetter letter, string problem, CancellationToken ct)
    {
        var retries = options.Value.Retries;
        var attempts = letter.Attempts + 1;
        if (retries.GivesUp(attempts))
        {
            await FailAsync(db, letter, $"Не доставлено за {attempts} попыток: {problem}", ct);
            return;
        }

        await db.MailLetters.Where(m => m.Id == letter.Id && m.Status == MailStatus.Sending).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, MailStatus.Queued)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, clock.GetUtcNow() + retries.DelayAfter(attempts))
            .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.LastError, problem), ct);
    }

    private static Task<int> FailAsync(AppDbContext db, MailLetter letter, string problem, CancellationToken ct) =>
        db.MailLetters.Where(m => m.Id == letter.Id && m.Status == MailStatus.Sending).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, MailStatus.Failed)
            .SetProperty(m => m.Attempts, letter.Attempts + 1)
            .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.LastError, problem), ct);

    /// <summary>
    /// The TCP connection, made here rather than by MailKit to turn off Nagle's algorithm: MailKit writes a letter's body and
    /// then the short «.» that ends it as two writes, Nagle holds the second until the server acknowledges the first, and
    /// the server delays that acknowledgement (40 ms on Linux) — one letter per 40 ms, 25 a second, however fast the rest.
    /// </summary>
    private static async Task<Socket> ConnectSocketAsync(SmtpSettings smtp, CancellationToken ct)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(smtp.Timeout);
            await socket.ConnectAsync(smtp.Host!, smtp.Port, timeout.Token);
            return socket;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException($"No connection to {smtp.Host}:{smtp.Port} in {smtp.Timeout.TotalSeconds:0} s");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsTransient(Exception ex) =>
        ex is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException or AuthenticationException
            or SslHandshakeException or TimeoutException or OperationCanceledException { CancellationToken.IsCancellationRequested: false };

    private static SecureSocketOptions Security(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
