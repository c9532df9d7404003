import { fakeFromSchema } from '/work/main/src/fake/fake-from-schema.ts';
console.log(fakeFromSchema({type:'object', properties:{cpf:{type:'string',format:'cpf'}, d:{type:'string',format:'date-br'}, n:{type:'string', maxLength: 10}, name:{type:'string'}, i:{type:'integer', minimum:1,maximum:998}}, required:['cpf']}, 1));
console.log(fakeFromSchema({type:'object', properties:{cpf:{type:'string',format:'cpf'}, d:{type:'string',format:'date-br'}}, required:['cpf']}, 1));
