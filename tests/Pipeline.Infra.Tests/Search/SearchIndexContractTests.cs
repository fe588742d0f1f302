using System.Text.Json;

namespace Pipeline.Infra.Tests.Search;

/// <summary>
/// The search index (infra/search/index.json) and the output contract (schemas/article.v1.schema.json) name the
/// same fields, nested fields included, with compatible types: an indexer in JSON parsing mode maps by name, so a
/// field missing on either side is silently dropped or left empty.
/// </summary>
public sealed class SearchIndexContractTests
{
    private static readonly JsonElement Schema = Load("schemas", "article.v1.schema.json");
    private static readonly JsonElement Index = Load("infra", "search", "index.json");

    [Fact]
    public void Index_FieldsMatchTheContractAtEveryLevel()
    {
        var problems = new List<string>();
        Compare(Schema, Index.GetProperty("fields"), "", problems);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Index_KeyIsIdAndOnlyId()
    {
        var keys = Index.GetProperty("fields").EnumerateArray()
            .Where(f => f.TryGetProperty("key", out var key) && key.GetBoolean())
            .Select(f => f.GetProperty("name").GetString());
        Assert.Equal(["id"], keys);
    }

    [Fact]
    public void Indexer_ReadsContainerNormalizedAsJsonIntoTheIndex()
    {
        var dataSource = Load("infra", "search", "datasource.json");
        var indexer = Load("infra", "search", "indexer.json");
        Assert.Equal("azureblob", dataSource.GetProperty("type").GetString());
        Assert.Equal("normalized", dataSource.GetProperty("container").GetProperty("name").GetString());
        // Keyless: a managed-identity connection names the account by resource id, it holds no key.
        Assert.StartsWith("ResourceId=", dataSource.GetProperty("credentials").GetProperty("connectionString").GetString());
        Assert.Equal(dataSource.GetProperty("name").GetString(), indexer.GetProperty("dataSourceName").GetString());
        Assert.Equal(Index.GetProperty("name").GetString(), indexer.GetProperty("targetIndexName").GetString());
        Assert.Equal("json", indexer.GetProperty("parameters").GetProperty("configuration").GetProperty("parsingMode").GetString());
    }

    [Fact]
    public void DataSource_DropsWithdrawnDocumentsThroughBlobSoftDelete()
    {
        var dataSource = Load("infra", "search", "datasource.json");
        var storage = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "app", "storage.bicep"));

        Assert.Equal("#Microsoft.Azure.Search.NativeBlobSoftDeleteDeletionDetectionPolicy",
            dataSource.GetProperty("dataDeletionDetectionPolicy").GetProperty("@odata.type").GetString());
        // The policy sees only blobs that are soft-deleted: the account must keep them so.
        Assert.Matches(@"deleteRetentionPolicy:\s*\{\s*enabled:\s*true", storage);
    }

    [Theory]
    [InlineData("""{ "type": "string" }""", "Edm.String")]
    [InlineData("""{ "type": ["string", "null"] }""", "Edm.String")]
    [InlineData("""{ "enum": ["text", "html"] }""", "Edm.String")]
    [InlineData("""{ "type": "array", "items": { "type": "string" } }""", "Collection(Edm.String)")]
    [InlineData("""{ "type": "integer" }""", "Edm.Int32|Edm.Int64")]
    [InlineData("""{ "const": 1 }""", "Edm.Int32|Edm.Int64")]
    [InlineData("""{ "type": ["number", "null"] }""", "Edm.Double")]
    [InlineData("""{ "type": "object" }""", "Edm.ComplexType")]
    public void SchemaTypes_MapToEdmTypes(string property, string expected)
    {
        Assert.Equal(expected, string.Join('|', CompatibleEdmTypes(JsonDocument.Parse(property).RootElement)));
    }

    private static void Compare(JsonElement schemaObject, JsonElement indexFields, string path, List<string> problems)
    {
        var properties = schemaObject.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        var fields = indexFields.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f);

        foreach (var name in properties.Keys.Except(fields.Keys))
        {
            problems.Add($"{path}{name}: in the contract, not in the index");
        }

        foreach (var name in fields.Keys.Except(properties.Keys))
        {
            problems.Add($"{path}{name}: in the index, not in the contract");
        }

        foreach (var name in properties.Keys.Intersect(fields.Keys))
        {
            var edm = fields[name].GetProperty("type").GetString()!;
            var compatible = CompatibleEdmTypes(properties[name]);
            if (!compatible.Contains(edm))
            {
                problems.Add($"{path}{name}: index type {edm}, contract allows {string.Join(" or ", compatible)}");
            }
            else if (edm == "Edm.ComplexType")
            {
                Compare(properties[name], fields[name].GetProperty("fields"), path + name + ".", problems);
            }
        }
    }

    /// <summary>The Edm types a JSON Schema property's values can be indexed as (null is always allowed in the index).</summary>
    private static string[] CompatibleEdmTypes(JsonElement property)
    {
        var type = JsonType(property);
        return type switch
        {
            "string" => ["Edm.String"],
            "integer" => ["Edm.Int32", "Edm.Int64"],
            "number" => ["Edm.Double"],
            "boolean" => ["Edm.Boolean"],
            "object" => ["Edm.ComplexType"],
            "array" => CompatibleEdmTypes(property.GetProperty("items")).Select(t => $"Collection({t})").ToArray(),
            _ => throw new InvalidOperationException("No search type for JSON Schema type " + type),
        };
    }

    /// <summary>The property's JSON type, null aside; a const or enum gives it by its values.</summary>
    private static string JsonType(JsonElement property)
    {
        if (property.TryGetProperty("type", out var type))
        {
            var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!) : [type.GetString()!];
            return names.Where(n => n != "null").Single();
        }

        var values = property.TryGetProperty("const", out var constant) ? [constant] : property.GetProperty("enum").EnumerateArray().ToArray();
        return values.Where(v => v.ValueKind != JsonValueKind.Null).Select(ValueType).Distinct().Single();
    }

    private static string ValueType(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => throw new InvalidOperationException("No search type for value " + value),
    };

    private static JsonElement Load(params string[] path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine([RepositoryPaths.Root, .. path])));
        return document.RootElement.Clone();
    }
}
