using System.Buffers;

namespace ReportMining.Input;

/// <summary>Bytes read into a pooled buffer; dispose to return it.</summary>
internal sealed class PooledBytes : IDisposable
{
    private byte[]? _array;

    private PooledBytes(byte[] array, int length)
    {
        _array = array;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => (_array ?? throw new ObjectDisposedException(nameof(PooledBytes))).AsSpan(0, Length);

    /// <summary>Reads a whole stream. Returns null and the bytes, or a <see cref="InputErrorKind.TooLarge"/> error.</summary>
    public static InputError? TryReadAll(Stream stream, long maxBytes, out PooledBytes? bytes, string what = "file")
    {
        bytes = null;
        long known = -1;
        if (stream.CanSeek)
        {
            try { known = stream.Length - stream.Position; } catch (NotSupportedException) { known = -1; }
        }

        if (known > maxBytes || known > Array.MaxLength) return TooLarge(known, maxBytes, what);

        byte[] array = ArrayPool<byte>.Shared.Rent(known >= 0 ? (int)Math.Max(1, known + 1) : 64 * 1024);
        int length = 0;
        try
        {
            while (true)
            {
                if (length == array.Length)
                {
                    if (length >= maxBytes) return TooLarge(length, maxBytes, what);
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Min((long)array.Length * 2, maxBytes + 1), Array.MaxLength));
                    array.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(array);
                    array = bigger;
                }

                int read = stream.Read(array, length, array.Length - length);
                if (read == 0) break;
                length += read;
                if (length > maxBytes) return TooLarge(length, maxBytes, what);
            }

            bytes = new PooledBytes(array, length);
            array = null!;
            return null;
        }
        finally
        {
            if (array is not null) ArrayPool<byte>.Shared.Return(array);
        }
    }

    private static InputError TooLarge(long length, long max, string what) =>
        new(InputErrorKind.TooLarge, length >= 0
            ? $"{what} too large: {length / (1024.0 * 1024):0.#} MB (the limit is {max / (1024 * 1024)} MB)"
            : $"{what} too large (the limit is {max / (1024 * 1024)} MB)");

    public void Dispose()
    {
        var array = Interlocked.Exchange(ref _array, null);
        if (array is not null) ArrayPool<byte>.Shared.Return(array);
    }
}
