using System.Net;
using System.Net.Sockets;

namespace ProjectOffice.Tests.Infrastructure;

/// <summary>
/// A TCP relay to a server that a test can cut: afterwards connections are refused and open ones break,
/// as when the database host goes away.
/// </summary>
public sealed class TcpSwitch : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource cut = new();
    private readonly List<TcpClient> open = [];
    private readonly string targetHost;
    private readonly int targetPort;

    public TcpSwitch(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    private bool isCut;

    public void Cut()
    {
        if (isCut)
        {
            return;
        }

        isCut = true;
        cut.Cancel();
        listener.Stop();
        lock (open)
        {
            open.ForEach(client => client.Dispose());
            open.Clear();
        }
    }

    public void Dispose() => Cut();

    private async Task AcceptAsync()
    {
        try
        {
            while (!cut.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(cut.Token);
                var upstream = new TcpClient();
                await upstream.ConnectAsync(targetHost, targetPort, cut.Token);
                lock (open)
                {
                    open.Add(client);
                    open.Add(upstream);
                }

                _ = PumpAsync(client, upstream);
                _ = PumpAsync(upstream, client);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // cut
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), cut.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // one side closed or the switch was cut
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
