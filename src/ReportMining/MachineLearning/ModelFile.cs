using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;

namespace ReportMining.MachineLearning;

/// <summary>
/// The binary model file format, version 4 (all numbers little-endian):
/// <code>
/// header   "RMML" magic (4 bytes) | u16 format version | u16 model kind | u64 file length
/// featuriser i32 hash bits | i32 word n-gram length | i32 char n-gram min | i32 char n-gram max
///          | i32 negation window | u8 contrast features | f32 word weight | f32 char weight | f32 lexicon weight
///          | f32 embedding weight | u8 mean flag (version 3 on) | u64 lexicon fingerprint (version 4 on)
///          | i32 word vectors (0: none) | i32 dimension | u32 word hash per word
///          | f16 vector values (row-major)
/// trainer  f64 L2 | i32 max iterations | f64 tolerance | i32 memory | f64 class weight power | i32 seed
/// data     i32 training examples | u16 label count | labels (u16 byte length + UTF-8 each)
/// weights  i32 rows | f32 bias per label | rows: i32 bucket (ascending; buckets from 2^hash bits on are the
///          word-vector dimensions) + f32 weight per label
/// trailer  SHA-256 of every byte before it (32 bytes)
/// </code>
/// Loading checks, in order: length, magic, version, declared length (truncation), checksum
/// (corruption), kind, then every field's range; any failure throws
/// <see cref="ModelFormatException"/> naming the file and the reason.
/// </summary>
internal static class ModelFile
{
    /// <summary>The format version this library writes (it also reads <see cref="OldestVersion"/> and later).</summary>
    /// <remarks>
    /// Version 3 adds a byte after the word-vector block's weight: 1 when that block is the plain mean (<see cref="FeaturizerOptions.EmbeddingMean"/>).
    /// Version 4 adds, after that byte, the fingerprint of the word lists the features were built with (<see cref="FeaturizerOptions.LexiconFingerprint"/>).
    /// </remarks>
    public const ushort Version = 4;

    /// <summary>The oldest format version this library reads (version 2: no mean flag, the block is L2-normalised).</summary>
    public const ushort OldestVersion = 2;

    private const int HeaderLength = 16;
    private const int ChecksumLength = 32;
    private static ReadOnlySpan<byte> Magic => "RMML"u8;

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/>.</summary>
    public static void Save(LinearModel model, string path) => File.WriteAllBytes(path, ToBytes(model));

    /// <summary>The file's bytes: the same model always gives the same bytes.</summary>
    public static byte[] ToBytes(LinearModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write((ushort)model.Kind);
            w.Write(0UL); // length, patched below

            var fo = model.Featurizer;
            w.Write(fo.HashBits);
            w.Write(fo.WordNgramLength);
            w.Write(fo.CharNgramMin);
            w.Write(fo.CharNgramMax);
            w.Write(fo.NegationWindow);
            w.Write(fo.ContrastFeatures ? (byte)1 : (byte)0);
            w.Write(fo.WordWeight);
            w.Write(fo.CharWeight);
            w.Write(fo.LexiconWeight);
            w.Write(fo.EmbeddingWeight);
            w.Write(fo.EmbeddingMean ? (byte)1 : (byte)0);
            w.Write(fo.LexiconFingerprint);
            var vectors = fo.Vectors;
            w.Write(vectors?.Count ?? 0);
            w.Write(vectors?.Dimension ?? 0);
            if (vectors is not null)
            {
                foreach (uint h in vectors.Hashes) w.Write(h);
                foreach (float v in vectors.Values) w.Write((Half)v);
            }

            var to = model.Trainer;
            w.Write(to.L2);
            w.Write(to.MaxIterations);
            w.Write(to.Tolerance);
            w.Write(to.Memory);
            w.Write(to.ClassWeightPower);
            w.Write(to.Seed);

            w.Write(model.TrainingExamples);
            w.Write((ushort)model.Labels.Length);
            foreach (var label in model.Labels)
            {
                var bytes = Encoding.UTF8.GetBytes(label);
                w.Write((ushort)bytes.Length);
                w.Write(bytes);
            }

            int k = model.ClassCount;
            w.Write(model.Buckets.Length);
            foreach (float b in model.Biases) w.Write(b);
            for (int r = 0; r < model.Buckets.Length; r++)
            {
                w.Write(model.Buckets[r]);
                for (int c = 0; c < k; c++) w.Write(model.Weights[(r * k) + c]);
            }
        }

        var result = new byte[body.Length + ChecksumLength];
        body.Position = 0;
        body.ReadExactly(result, 0, (int)body.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(result.AsSpan(8), (ulong)result.Length);
        SHA256.HashData(result.AsSpan(0, (int)body.Length), result.AsSpan((int)body.Length));
        return result;
    }

    /// <summary>Loads a model of kind <paramref name="expected"/> from <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">When the file is missing, truncated, corrupt, of another version or of another kind.</exception>
    public static LinearModel Load(string path, ModelKind expected)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException(path, e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "cannot be read: " + e.Message, e);
        }

        return Read(bytes, path, expected);
    }

    /// <summary>Reads a model of kind <paramref name="expected"/> from <paramref name="bytes"/>; <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">When the bytes are truncated, corrupt, of another version or of another kind.</exception>
    public static LinearModel Read(ReadOnlySpan<byte> bytes, string name, ModelKind expected) => ReadCore(bytes, name, expected, null, null);

    /// <summary>
    /// Reads a model without keeping its weights: the weight rows are checked (buckets in order
    /// and range, every weight finite) and handed to <paramref name="rows"/> while
    /// <paramref name="bytes"/> are still there; the model reads its <see cref="LinearModel.Weights"/>
    /// from <paramref name="reload"/> if they are ever asked for. For the embedded models, whose
    /// weights only go into the scoring table: start-up then writes no 6 MB of float arrays (each
    /// fresh page of which costs a page fault).
    /// </summary>
    /// <param name="bytes">The model file.</param>
    /// <param name="name">Names the model in errors.</param>
    /// <param name="expected">The kind of model.</param>
    /// <param name="rows">Receives the weight rows.</param>
    /// <param name="reload">Reads the weights again if they are asked for.</param>
    /// <param name="checksum">False to skip the SHA-256 check: for the models embedded in this
    /// assembly, whose checksums a test verifies (<c>SentenceModelsTests</c>); every other check still runs.</param>
    /// <exception cref="ModelFormatException">As <see cref="Read(ReadOnlySpan{byte}, string, ModelKind)"/>.</exception>
    internal static LinearModel Read(ReadOnlySpan<byte> bytes, string name, ModelKind expected, WeightRows rows, Func<float[]> reload, bool checksum = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(reload);
        return ReadCore(bytes, name, expected, rows, reload, checksum);
    }

    /// <summary>Receives the weight section of a model file read with <paramref name="featurizer"/>: <paramref name="count"/> rows, each an i32 bucket and <paramref name="classes"/> f32 weights, little-endian, already checked.</summary>
    internal delegate void WeightRows(FeaturizerOptions featurizer, ReadOnlySpan<byte> section, int count, int classes);

    /// <summary>True when the last 32 bytes of <paramref name="bytes"/> are the SHA-256 of the rest.</summary>
    internal static bool HasChecksum(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < ChecksumLength) return false;
        int bodyLength = bytes.Length - ChecksumLength;
        Span<byte> hash = stackalloc byte[ChecksumLength];
        SHA256.HashData(bytes[..bodyLength], hash);
        return hash.SequenceEqual(bytes[bodyLength..]);
    }

    private static LinearModel ReadCore(ReadOnlySpan<byte> bytes, string name, ModelKind expected, WeightRows? rowsOut, Func<float[]>? reload, bool checksum = true)
    {
        if (bytes.Length < HeaderLength)
            throw new ModelFormatException(name, $"truncated: {bytes.Length} bytes is shorter than the {HeaderLength}-byte header");
        if (!bytes[..4].SequenceEqual(Magic))
            throw new ModelFormatException(name, "not a ReportMining model file (bad magic number)");
        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(bytes[4..]);
        if (version is < OldestVersion or > Version)
            throw new ModelFormatException(name, $"unsupported format version {version} (this library reads versions {OldestVersion} to {Version})");
        ulong declared = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        if (declared > (ulong)bytes.Length)
            throw new ModelFormatException(name, $"truncated: the header says {declared} bytes, the file has {bytes.Length}");
        if (declared < (ulong)bytes.Length)
            throw new ModelFormatException(name, $"corrupt: the header says {declared} bytes, the file has {bytes.Length} (trailing data)");
        if (bytes.Length < HeaderLength + ChecksumLength)
            throw new ModelFormatException(name, "truncated: no room for the checksum");
        int bodyLength = bytes.Length - ChecksumLength;
        if (checksum && !HasChecksum(bytes))
            throw new ModelFormatException(name, "corrupt: SHA-256 checksum mismatch");
        var kind = (ModelKind)BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]);
        if (!Enum.IsDefined(kind))
            throw new ModelFormatException(name, $"unknown model kind {(int)kind}");
        if (kind != expected)
            throw new ModelFormatException(name, $"wrong model kind: it is a '{kind.Name()}' model, expected '{expected.Name()}'");

        var r = new Reader(bytes[HeaderLength..bodyLength], name);
        try
        {
            var featurizer = new FeaturizerOptions
            {
                HashBits = r.Int32(),
                WordNgramLength = r.Int32(),
                CharNgramMin = r.Int32(),
                CharNgramMax = r.Int32(),
                NegationWindow = r.Int32(),
                ContrastFeatures = r.Byte() switch { 0 => false, 1 => true, var b => throw r.Corrupt($"contrast flag {b}") },
                WordWeight = r.Single(),
                CharWeight = r.Single(),
                LexiconWeight = r.Single(),
                EmbeddingWeight = r.Single(),
                EmbeddingMean = version >= 3 && r.Byte() switch { 0 => false, 1 => true, var b => throw r.Corrupt($"word-vector mean flag {b}") },
                LexiconFingerprint = version >= 4 ? r.UInt64() : 0,
            };
            int words = r.Int32();
            int dim = r.Int32();
            if (words != 0)
            {
                if (words < 0 || dim is < 1 or > TextFeaturizer.MaxEmbedding || (long)words * (4 + (2L * dim)) > r.Remaining)
                    throw r.Corrupt($"{words} word vectors of {dim} dimensions");
                var block = r.Peek(words * (4 + (2 * dim)));
                if (SharedVectors.Find(block, dim) is { } shared)
                {
                    // the three models of a set carry the same vectors: read them once
                    r.Skip(block.Length);
                    featurizer = featurizer with { Vectors = shared };
                }
                else
                {
                    var hashes = new uint[words];
                    for (int i = 0; i < words; i++) hashes[i] = (uint)r.Int32();
                    var values = new float[words * dim];
                    r.Halves(values);
                    if (!AllFinite(values)) throw r.Corrupt("a word vector value is not a finite number");

                    try
                    {
                        var vectors = new WordVectors(hashes, values, dim);
                        SharedVectors.Remember(block, vectors);
                        featurizer = featurizer with { Vectors = vectors };
                    }
                    catch (ArgumentException e)
                    {
                        throw new ModelFormatException(name, "corrupt: " + e.Message, e);
                    }
                }
            }
            else if (dim != 0)
            {
                throw r.Corrupt($"no word vectors but {dim} dimensions");
            }

            featurizer.Validate();
            var trainer = new TrainerOptions
            {
                L2 = r.Double(),
                MaxIterations = r.Int32(),
                Tolerance = r.Double(),
                Memory = r.Int32(),
                ClassWeightPower = r.Double(),
                Seed = r.Int32(),
            };
            trainer.Validate();
            int examples = r.Int32();
            if (examples < 0) throw r.Corrupt($"negative training example count {examples}");
            int labelCount = r.UInt16();
            if (labelCount < 2) throw r.Corrupt($"{labelCount} labels (at least 2 needed)");
            var labels = new string[labelCount];
            for (int i = 0; i < labelCount; i++)
            {
                labels[i] = r.Utf8(r.UInt16());
                if (labels[i].Length == 0 || Array.IndexOf(labels, labels[i], 0, i) >= 0) throw r.Corrupt($"label {i} is empty or repeated");
            }

            int rows = r.Int32();
            int dimension = featurizer.Dimension;
            if (rows < 0 || rows > dimension) throw r.Corrupt($"{rows} weight rows for {dimension} buckets");
            if ((long)rows * (4 + (4L * labelCount)) + (4L * labelCount) != r.Remaining)
                throw r.Corrupt($"{rows} rows of {labelCount} weights do not fill the {r.Remaining} bytes left");
            var biases = new float[labelCount];
            for (int c = 0; c < labelCount; c++) biases[c] = r.Finite();
            var buckets = new int[rows];
            int previous = -1;
            if (rowsOut is not null && reload is not null)
            {
                int rowBytes = 4 + (4 * labelCount);
                var section = r.Peek(rows * rowBytes);
                for (int i = 0, o = 0; i < rows; i++, o += rowBytes)
                {
                    int b = BinaryPrimitives.ReadInt32LittleEndian(section.Slice(o, 4));
                    if (b <= previous || b >= dimension) throw r.Corrupt($"bucket {b} at row {i} is out of order or out of range");
                    buckets[i] = previous = b;
                }

                // the buckets, now known to be below 2^25, have a zero exponent field read as
                // singles, so the whole section is checked for non-finite weights in one pass
                if (!FiniteSingles(section)) throw r.Corrupt("a weight is not a finite number");
                r.Skip(section.Length);
                rowsOut(featurizer, section, rows, labelCount);
                return new LinearModel(kind, labels, featurizer, trainer, examples, buckets, reload, biases);
            }

            var weights = new float[rows * labelCount];
            for (int i = 0; i < rows; i++)
            {
                int b = r.Int32();
                if (b <= previous || b >= dimension) throw r.Corrupt($"bucket {b} at row {i} is out of order or out of range");
                buckets[i] = previous = b;
                r.Singles(weights.AsSpan(i * labelCount, labelCount));
            }

            if (!AllFinite(weights)) throw r.Corrupt("a weight is not a finite number");

            return new LinearModel(kind, labels, featurizer, trainer, examples, buckets, weights, biases);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ModelFormatException(name, "corrupt: invalid hyper-parameter: " + e.Message, e);
        }
    }

    /// <summary>
    /// A half-precision value (its bits) as a single, exactly: zero and normal numbers by moving the
    /// bits (the exponent re-biased from 15 to 127), subnormals, infinities and NaN by the framework.
    /// </summary>
    internal static float HalfToSingle(ushort h)
    {
        uint magnitude = h & 0x7FFFu;
        uint sign = (uint)(h & 0x8000) << 16;
        if (magnitude == 0) return BitConverter.UInt32BitsToSingle(sign);
        if (magnitude is < 0x0400 or >= 0x7C00) return (float)BitConverter.UInt16BitsToHalf(h);
        return BitConverter.UInt32BitsToSingle(sign | ((magnitude << 13) + (112u << 23)));
    }

    /// <summary>
    /// The word vectors read last, with the bytes they were read from: the sentiment, area and
    /// finer-area models of one training run hold identical vector blocks, so the second and third
    /// file reuse the first one's vectors (checked byte for byte) instead of converting them again.
    /// </summary>
    private static class SharedVectors
    {
        private static readonly Lock Gate = new();
        private static byte[]? s_bytes;
        private static int s_dimension;
        private static WordVectors? s_vectors;

        public static WordVectors? Find(ReadOnlySpan<byte> block, int dimension)
        {
            lock (Gate)
            {
                return s_bytes is not null && s_dimension == dimension && block.SequenceEqual(s_bytes) ? s_vectors : null;
            }
        }

        public static void Remember(ReadOnlySpan<byte> block, WordVectors vectors)
        {
            lock (Gate)
            {
                s_bytes = block.ToArray();
                s_dimension = vectors.Dimension;
                s_vectors = vectors;
            }
        }
    }

    /// <summary>
    /// True when no little-endian single in <paramref name="bytes"/> (a whole number of them) is
    /// NaN or infinite: no exponent field is all ones. Integer compares only, so subnormal bit
    /// patterns cost nothing extra.
    /// </summary>
    private static bool FiniteSingles(ReadOnlySpan<byte> bytes)
    {
        const uint Exponent = 0x7F800000u;
        int i = 0;
        if (Vector128.IsHardwareAccelerated && BitConverter.IsLittleEndian)
        {
            var words = MemoryMarshal.Cast<byte, uint>(bytes);
            var exponent = Vector128.Create(Exponent);
            var bad = Vector128<uint>.Zero;
            for (; i <= words.Length - 4; i += 4)
            {
                bad |= Vector128.Equals(Vector128.Create(words.Slice(i, 4)) & exponent, exponent);
            }

            if (bad != Vector128<uint>.Zero) return false;
            i *= 4;
        }

        for (; i + 4 <= bytes.Length; i += 4)
        {
            if ((BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(i, 4)) & Exponent) == Exponent) return false;
        }

        return true;
    }

    /// <summary>True when no value is NaN or infinite.</summary>
    private static bool AllFinite(ReadOnlySpan<float> values)
    {
        // x - x is 0 for a finite x and NaN for NaN and the infinities; the sum stays 0 only if all are finite
        float sum = 0;
        foreach (float v in values) sum += v - v;
        return sum == 0;
    }

    private ref struct Reader(ReadOnlySpan<byte> data, string name)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _pos;

        public readonly int Remaining => _data.Length - _pos;

        public readonly ModelFormatException Corrupt(string what) => new(name, "corrupt: " + what);

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || _data.Length - _pos < n) throw Corrupt("unexpected end of data");
            var s = _data.Slice(_pos, n);
            _pos += n;
            return s;
        }

        public byte Byte() => Take(1)[0];

        /// <summary>The next <paramref name="n"/> bytes, not consumed.</summary>
        public readonly ReadOnlySpan<byte> Peek(int n)
        {
            if (n < 0 || _data.Length - _pos < n) throw Corrupt("unexpected end of data");
            return _data.Slice(_pos, n);
        }

        /// <summary>Consumes <paramref name="n"/> bytes.</summary>
        public void Skip(int n) => Take(n);

        public ushort UInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

        public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        public Half Half() => BinaryPrimitives.ReadHalfLittleEndian(Take(2));

        /// <summary>Reads <c>target.Length</c> little-endian singles in one go (checked for finiteness by the caller).</summary>
        public void Singles(Span<float> target)
        {
            var bytes = Take(checked(target.Length * 4));
            if (BitConverter.IsLittleEndian)
            {
                MemoryMarshal.Cast<byte, float>(bytes).CopyTo(target);
                return;
            }

            for (int i = 0; i < target.Length; i++) target[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(4 * i)..]);
        }

        /// <summary>Reads <c>target.Length</c> little-endian half-precision values as singles.</summary>
        public void Halves(Span<float> target)
        {
            var bytes = Take(checked(target.Length * 2));
            if (BitConverter.IsLittleEndian)
            {
                var halves = MemoryMarshal.Cast<byte, ushort>(bytes);
                int i = 0;
                if (Vector128.IsHardwareAccelerated)
                {
                    // HalfToSingle's bit moves eight at a time (Vector128, so that ReadyToRun code has it
                    // without a JIT at start-up); a block holding a subnormal, infinity or NaN is
                    // converted one by one
                    var low = Vector128.Create(0x0400u);
                    var high = Vector128.Create(0x7C00u);
                    var bias = Vector128.Create(112u << 23);
                    var magnitude = Vector128.Create(0x7FFFu);
                    var sign = Vector128.Create(0x8000u);
                    for (; i <= halves.Length - 8; i += 8)
                    {
                        var (h0, h1) = Vector128.Widen(Vector128.Create(halves.Slice(i, 8)));
                        var m0 = h0 & magnitude;
                        var m1 = h1 & magnitude;
                        var zero0 = Vector128.Equals(m0, Vector128<uint>.Zero);
                        var zero1 = Vector128.Equals(m1, Vector128<uint>.Zero);
                        var normal0 = Vector128.GreaterThanOrEqual(m0, low) & Vector128.LessThan(m0, high);
                        var normal1 = Vector128.GreaterThanOrEqual(m1, low) & Vector128.LessThan(m1, high);
                        if ((~((zero0 | normal0) & (zero1 | normal1))) != Vector128<uint>.Zero)
                        {
                            for (int j = i; j < i + 8; j++) target[j] = HalfToSingle(halves[j]);
                            continue;
                        }

                        (((h0 & sign) << 16) | Vector128.AndNot((m0 << 13) + bias, zero0)).AsSingle().CopyTo(target.Slice(i, 4));
                        (((h1 & sign) << 16) | Vector128.AndNot((m1 << 13) + bias, zero1)).AsSingle().CopyTo(target.Slice(i + 4, 4));
                    }
                }

                for (; i < target.Length; i++) target[i] = HalfToSingle(halves[i]);
                return;
            }

            for (int i = 0; i < target.Length; i++) target[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes[(2 * i)..]);
        }

        public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

        public float Finite()
        {
            float f = Single();
            if (!float.IsFinite(f)) throw Corrupt("a weight is not a finite number");
            return f;
        }

        public string Utf8(int n)
        {
            try
            {
                return new UTF8Encoding(false, true).GetString(Take(n));
            }
            catch (DecoderFallbackException e)
            {
                throw new ModelFormatException(name, "corrupt: a label is not valid UTF-8", e);
            }
        }
    }
}
